package org.symqa.nlp;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.symqa.resources.KeyValueFile;
import org.symqa.resources.SourceException;

/**
 * Turns the Universal Dependencies tags of the OpenNLP POS model into Penn Treebank tags
 * ({@code rules/opennlp/tags.txt}): a word the lemma lexicon lists under a tag of its UD class takes that tag,
 * otherwise the first line for the UD tag whose regex matches the word decides.
 */
final class TagMap {
    private record Line(Pattern word, String tag) {
    }

    private final Map<String, List<String>> classes;
    private final Map<String, List<Line>> lines;
    private final Lemmas lemmas;

    private TagMap(Map<String, List<String>> classes, Map<String, List<Line>> lines, Lemmas lemmas) {
        this.classes = classes;
        this.lines = lines;
        this.lemmas = lemmas;
    }

    /** Reads the mapping; {@code lemmas} is the lexicon of listed forms. */
    static TagMap parse(DataFile file, Lemmas lemmas) throws SourceException {
        Map<String, List<String>> classes = new LinkedHashMap<>();
        Map<String, List<Line>> lines = new LinkedHashMap<>();
        Pattern line = Pattern.compile("(?:/(.+)/\\s+)?(\\S+)");
        for (KeyValueFile.Entry e : KeyValueFile.parse(file.name(), file.text()).entries()) {
            if (e.key().startsWith("class ")) {
                classes.put(e.key().substring(6).strip(), List.of(e.value().split("\\s+")));
                continue;
            }
            Matcher m = line.matcher(e.value());
            if (!m.matches()) {
                throw new SourceException(file.name(), e.line(), 1, "expected 'UD: /REGEX/ TAG' or 'UD: TAG'");
            }
            try {
                Pattern p = m.group(1) == null ? null : Pattern.compile(m.group(1));
                lines.computeIfAbsent(e.key(), k -> new ArrayList<>()).add(new Line(p, m.group(2)));
            } catch (PatternSyntaxException x) {
                throw new SourceException(file.name(), e.line(), 1, "bad regex: " + x.getDescription());
            }
        }
        for (Map.Entry<String, List<Line>> e : lines.entrySet()) {
            if (e.getValue().get(e.getValue().size() - 1).word() != null) {
                throw new SourceException(file.name(), 1, 1, "UD tag " + e.getKey() + " has no line without a regex");
            }
        }
        return new TagMap(classes, lines, lemmas);
    }

    /** The Penn tag of a word the model tagged {@code ud} (a combined tag such as AUX+PART counts as its first). */
    String penn(String ud, String word) {
        int plus = ud.indexOf('+');
        String u = plus > 0 ? ud.substring(0, plus) : ud;
        String lower = word.toLowerCase(Locale.ROOT).replace('’', '\'');
        List<String> cls = classes.get(u);
        if (cls != null) {
            Set<String> listed = lemmas.listedTags(lower);
            for (String t : cls) {
                if (listed.contains(t)) {
                    return t;
                }
            }
        }
        List<Line> ls = lines.get(u);
        if (ls == null) {
            return "FW";
        }
        for (Line l : ls) {
            if (l.word() == null || l.word().matcher(lower).matches()) {
                return l.tag();
            }
        }
        return "FW";
    }

    /** True when there are lines for this UD tag (a combined tag such as AUX+PART by its first part). */
    boolean maps(String ud) {
        int plus = ud.indexOf('+');
        return lines.containsKey(plus > 0 ? ud.substring(0, plus) : ud);
    }

    /** Every Penn tag this map can give. */
    Set<String> tags() {
        Set<String> out = new LinkedHashSet<>();
        classes.values().forEach(out::addAll);
        lines.values().forEach(ls -> ls.forEach(l -> out.add(l.tag())));
        out.add("FW");
        return out;
    }
}
