package org.symqa.nlp;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.symqa.resources.KeyValueFile;
import org.symqa.resources.SourceException;

/**
 * Rule-based lemmas for the OpenNLP backend: irregular forms from a lexicon ({@code lexicons/opennlp/lemmas.txt}),
 * then the first matching suffix rule for the word's Penn tag ({@code rules/opennlp/lemma-suffixes.txt}).
 *
 * <p>A lemma is a function of the word and its tag only, so {@link #possible} can list every lemma tagging could
 * give a word, which the rule prefilter needs to be sound. Lemmas are lower case, but for proper nouns (NNP,
 * NNPS), which keep the word as written, as in CoreNLP.
 */
final class Lemmas {
    /** One suffix rule: for tags matching {@code tags}, a word matching {@code word} becomes {@code replacement}. */
    record Rule(Pattern tags, Pattern word, String replacement) {
    }

    private static final int MAX_CACHED = 200_000;

    private final Map<String, Map<String, String>> irregular; // form -> tag -> lemma, tags in file order
    private final List<Rule> rules;
    private final Map<String, List<Rule>> rulesOfTag = new ConcurrentHashMap<>();
    private final Map<String, String> known = new ConcurrentHashMap<>(); // tag + ' ' + word -> lemma

    private Lemmas(Map<String, Map<String, String>> irregular, List<Rule> rules) {
        this.irregular = irregular;
        this.rules = List.copyOf(rules);
    }

    /** Reads the lexicon and the suffix rules. */
    static Lemmas parse(DataFile lexicon, DataFile suffixes) throws SourceException {
        Map<String, Map<String, String>> irregular = new HashMap<>();
        for (DataFile.Line l : lexicon.lines()) {
            String[] f = l.text().split("\\s+");
            if (f.length != 3 || !f[0].equals(f[0].toLowerCase(Locale.ROOT))) {
                throw new SourceException(lexicon.name(), l.number(), 1, "expected 'FORM TAG LEMMA', the form in lower case");
            }
            if (irregular.computeIfAbsent(f[0], k -> new LinkedHashMap<>()).put(f[1], f[2]) != null) {
                throw new SourceException(lexicon.name(), l.number(), 1, "'" + f[0] + " " + f[1] + "' is listed twice");
            }
        }
        List<Rule> rules = new ArrayList<>();
        for (KeyValueFile.Entry e : KeyValueFile.parse(suffixes.name(), suffixes.text()).entries()) {
            Matcher m = Pattern.compile("/(.+)/\\s+(\\S*)").matcher(e.value());
            if (!m.matches()) {
                throw new SourceException(suffixes.name(), e.line(), 1, "expected 'TAGS: /REGEX/ REPLACEMENT'");
            }
            try {
                rules.add(new Rule(Pattern.compile(e.key()), Pattern.compile(m.group(1)), m.group(2)));
            } catch (PatternSyntaxException x) {
                throw new SourceException(suffixes.name(), e.line(), 1, "bad regex: " + x.getDescription());
            }
        }
        return new Lemmas(irregular, rules);
    }

    /** The tags the lexicon lists for a form (lower case), in file order; empty when it lists none. */
    Set<String> listedTags(String lowerForm) {
        Map<String, String> m = irregular.get(lowerForm.replace('’', '\''));
        return m == null ? Set.of() : m.keySet();
    }

    /** The lemma of a word under a Penn tag (remembered for the next time, up to a bound). */
    String lemma(String word, String tag) {
        if (tag.startsWith("NNP")) {
            return word;
        }
        String key = tag + ' ' + word;
        String lemma = known.get(key);
        if (lemma == null) {
            lemma = make(word, tag);
            if (known.size() >= MAX_CACHED) {
                known.clear();
            }
            known.put(key, lemma);
        }
        return lemma;
    }

    private String make(String word, String tag) {
        String lower = word.toLowerCase(Locale.ROOT).replace('’', '\'');
        Map<String, String> listed = irregular.get(lower);
        if (listed != null && listed.containsKey(tag)) {
            return listed.get(tag);
        }
        for (Rule r : rulesOfTag.computeIfAbsent(tag, t -> rules.stream().filter(r -> r.tags().matcher(t).matches()).toList())) {
            Matcher m = r.word().matcher(lower);
            if (m.matches()) {
                return m.replaceFirst(r.replacement());
            }
        }
        return lower;
    }

    /** Every lemma the word can get under any of the tags, the word itself first. */
    List<String> possible(String word, Iterable<String> tags) {
        Set<String> out = new LinkedHashSet<>();
        out.add(word);
        for (String t : tags) {
            out.add(lemma(word, t));
        }
        return List.copyOf(out);
    }
}
