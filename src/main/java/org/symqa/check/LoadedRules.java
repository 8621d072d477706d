package org.symqa.check;

import java.util.List;
import java.util.Map;
import org.symqa.evidence.general.GeneralSettings;
import org.symqa.lexicon.LexiconLibrary;
import org.symqa.resources.KeyValueFile;
import org.symqa.rules.Rule;
import org.symqa.topic.Topic;

/**
 * What a collecting load compiled: every part that loaded without error, and the text of each file it read.
 *
 * @param topics    the topics of {@code topics.rules} that compiled, {@code general} included, in file order
 * @param rules     the evidence rules that compiled, by topic id, topics in file order
 * @param general   the general-question settings, or null when they did not load
 * @param answers   the answer templates file, or null when it did not parse
 * @param lexicons  the lexicons referenced so far
 * @param lexiconNames the names of all lexicon files of the lexicon folder, in name order
 * @param texts     each file read, by its name in messages, as its lines
 */
public record LoadedRules(List<Topic> topics, Map<String, List<Rule>> rules, GeneralSettings general,
                          KeyValueFile answers, LexiconLibrary lexicons, List<String> lexiconNames,
                          Map<String, List<String>> texts) {
    public LoadedRules {
        topics = List.copyOf(topics);
        rules = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(rules));
        lexiconNames = List.copyOf(lexiconNames);
        texts = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(texts));
    }

    /** Every compiled rule, topic by topic in file order. */
    public List<Rule> allRules() {
        return rules.values().stream().flatMap(List::stream).toList();
    }

    /** The 1-based column where the value of the {@code key: value} line at {@code line} of {@code file} starts. */
    public int valueColumn(String file, int line) {
        List<String> lines = texts.getOrDefault(file, List.of());
        if (line < 1 || line > lines.size()) {
            return 1;
        }
        String raw = lines.get(line - 1);
        int i = raw.indexOf(':') + 1;
        while (i > 0 && i < raw.length() && Character.isWhitespace(raw.charAt(i))) {
            i++;
        }
        return i + 1;
    }
}
