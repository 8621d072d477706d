package org.symqa;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import org.symqa.answer.About;
import org.symqa.answer.Templates;
import org.symqa.evidence.Background;
import org.symqa.evidence.FactSettings;
import org.symqa.evidence.general.GeneralSettings;
import org.symqa.lexicon.LexiconLibrary;
import org.symqa.nlp.Annotator;
import org.symqa.prompt.PromptLayout;
import org.symqa.resources.KeyValueFile;
import org.symqa.resources.SourceException;
import org.symqa.rules.Frame;
import org.symqa.rules.ItemParser;
import org.symqa.rules.NegationScope;
import org.symqa.rules.Rule;
import org.symqa.text.RepairChain;
import org.symqa.topic.Topic;
import org.symqa.topic.TopicCatalog;
import org.symqa.topic.TopicScoring;

/**
 * What {@link RuleLoader} compiled: every part that loaded without error (null when it did not), and the text of
 * each file read.
 *
 * @param layout    the prompt layout, or null
 * @param repairs   the text repairs, or null
 * @param topics    the topics of {@code topics.rules} that compiled, {@code general} included, in file order
 * @param topicScoring the scoring of {@code topics.rules} (its header), or null when it did not compile
 * @param frames    the frames of {@code frames.rules} that compiled, by name in file order
 * @param negation  the negation scope settings, or null
 * @param rules     the evidence rules that compiled, by topic id, topics in file order
 * @param facts     how matches become facts, or null
 * @param background which sentences speak of other work, or null
 * @param about     what unanswered replies say the chunks are about, or null
 * @param general   the general-question settings, or null
 * @param answers   the answer templates file, or null when it did not parse
 * @param templates the compiled templates, or null
 * @param lexicons  the lexicons referenced so far
 * @param items     every item parsed, with where it is written, in the order parsed
 * @param files     each file read, by its name in messages, with its text
 */
public record LoadedRules(PromptLayout layout, RepairChain repairs, List<Topic> topics, TopicScoring topicScoring,
                          Map<String, Frame> frames,
                          NegationScope negation, Map<String, List<Rule>> rules, FactSettings facts,
                          Background background, About about,
                          GeneralSettings general, KeyValueFile answers, Templates templates,
                          LexiconLibrary lexicons, List<ItemParser.Written> items, SortedMap<String, String> files) {
    public LoadedRules {
        Objects.requireNonNull(lexicons, "lexicons");
        items = List.copyOf(items);
        topics = List.copyOf(topics);
        frames = Collections.unmodifiableMap(new LinkedHashMap<>(frames));
        rules = Collections.unmodifiableMap(new LinkedHashMap<>(rules));
        files = Collections.unmodifiableSortedMap(new TreeMap<>(files));
    }

    /** Every compiled rule, topic by topic in file order. */
    public List<Rule> allRules() {
        return rules.values().stream().flatMap(List::stream).toList();
    }

    /** The rule set, when every part loaded (the loader reported no error). */
    public RuleSet ruleSet(Annotator annotator) throws SourceException {
        return ruleSet(annotator, RuleOrigin.UNKNOWN);
    }

    /** The rule set, when every part loaded, naming where it came from. */
    public RuleSet ruleSet(Annotator annotator, RuleOrigin origin) throws SourceException {
        String file = files.isEmpty() ? "rules" : files.firstKey();
        if (layout == null || repairs == null || general == null || templates == null || negation == null
                || facts == null || background == null || topicScoring == null
                || about == null) {
            throw new SourceException(file, 1, 1, "rules did not load");
        }
        TopicCatalog catalog = TopicCatalog.of(topics.isEmpty() ? file : topics.get(0).file(), topics, topicScoring);
        SortedMap<String, String> all = new TreeMap<>(files);
        all.putAll(annotator.dataFiles());
        return new RuleSet(layout, repairs, catalog, frames, negation, rules, facts, background, about, general,
                templates, lexicons, all, annotator.toString(), origin);
    }

    /** The 1-based column where the value of the {@code key: value} line at {@code line} of {@code file} starts. */
    public int valueColumn(String file, int line) {
        String text = files.get(file);
        String[] lines = text == null ? new String[0] : text.replace("\r", "").split("\n", -1);
        if (line < 1 || line > lines.length) {
            return 1;
        }
        String raw = lines[line - 1];
        int i = raw.indexOf(':') + 1;
        while (i > 0 && i < raw.length() && Character.isWhitespace(raw.charAt(i))) {
            i++;
        }
        return i + 1;
    }
}
