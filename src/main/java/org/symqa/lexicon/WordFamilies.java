package org.symqa.lexicon;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.symqa.resources.SourceException;

/**
 * Word families of {@code lexicons/word-families.txt}, so that a rule word stands for the words derived from it
 * ("classify", "classification", "classifier"). One family a line, members separated by spaces, the first member
 * naming the family. Regular inflections (-s, -es, -ies, -ed, -ied, -ing, with a doubled last consonant or a
 * dropped final e) are found without being listed: list derivations, spelling variants and hyphenated forms.
 * Matching is case-insensitive.
 */
public final class WordFamilies {
    /** The lexicon the families are read from: {@code lexicons/word-families.txt}. */
    public static final String LEXICON = "word-families";
    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}\\p{N}'-]*");
    private static final int MIN_BASE = 3;
    private static final WordFamilies NONE = new WordFamilies(Map.of(), Map.of());

    private final Map<String, String> idOf;
    private final Map<String, List<String>> members;

    private WordFamilies(Map<String, String> idOf, Map<String, List<String>> members) {
        this.idOf = idOf;
        this.members = members;
    }

    /** No families: every word is only itself. */
    public static WordFamilies none() {
        return NONE;
    }

    /** The families of a lexicon whose terms are family lines (as {@code lexicons/word-families.txt}). */
    public static WordFamilies of(Lexicon lexicon) throws SourceException {
        List<Line> lines = new ArrayList<>();
        for (Term t : lexicon.terms()) {
            lines.add(new Line(t.line(), t.caseSensitive() ? "=" + t.text() : t.text()));
        }
        return build(lexicon.file(), lines);
    }

    /** Parses family lines: one family a line, {@code #} comments, blank lines ignored. */
    public static WordFamilies parse(String file, String text) throws SourceException {
        List<Line> lines = new ArrayList<>();
        String[] raw = text.split("\n", -1);
        for (int i = 0; i < raw.length; i++) {
            String line = raw[i].strip();
            if (!line.isEmpty() && !line.startsWith("#")) {
                lines.add(new Line(i + 1, line));
            }
        }
        return build(file, lines);
    }

    private record Line(int number, String text) {
    }

    private static WordFamilies build(String file, List<Line> lines) throws SourceException {
        Map<String, String> idOf = new HashMap<>();
        Map<String, Integer> lineOf = new HashMap<>();
        Map<String, List<String>> members = new LinkedHashMap<>();
        for (Line line : lines) {
            if (line.text().startsWith("=")) {
                throw new SourceException(file, line.number(), 1, "families are case-insensitive: no '=' lines");
            }
            String[] words = line.text().split("\\s+");
            if (words.length < 2) {
                throw new SourceException(file, line.number(), 1, "a family needs at least two words: '" + line.text() + "'");
            }
            String id = words[0].toLowerCase(Locale.ROOT);
            List<String> family = new ArrayList<>();
            int from = 0;
            for (String w : words) {
                int column = line.text().indexOf(w, from) + 1;
                from = column - 1 + w.length();
                String word = w.toLowerCase(Locale.ROOT);
                if (!WORD.matcher(word).matches()) {
                    throw new SourceException(file, line.number(), column, "not a word: '" + w + "'");
                }
                Integer first = lineOf.putIfAbsent(word, line.number());
                if (first != null) {
                    throw new SourceException(file, line.number(), column,
                            "'" + w + "' is already in the family of line " + first);
                }
                idOf.put(word, id);
                family.add(word);
            }
            members.put(id, List.copyOf(family));
        }
        return new WordFamilies(Map.copyOf(idOf), Collections.unmodifiableMap(members));
    }

    /**
     * The id of the word's family (its first member), looking through regular inflections; the lower-cased word
     * itself when it belongs to no family. Two words are of one family when their ids are equal.
     */
    public String family(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        String id = idOf.get(w);
        if (id != null) {
            return id;
        }
        for (String base : bases(w)) {
            id = idOf.get(base);
            if (id != null) {
                return id;
            }
        }
        return w;
    }

    /** True when the two words are equal (ignoring case) or of one family. */
    public boolean sameFamily(String a, String b) {
        return a.equalsIgnoreCase(b) || family(a).equals(family(b));
    }

    /** True when the word, or a regular inflection of it, belongs to a family. */
    public boolean contains(String word) {
        return idOf.containsKey(family(word));
    }

    /** The members of a family as listed, the id first; empty for an unknown id. */
    public List<String> members(String id) {
        return members.getOrDefault(id.toLowerCase(Locale.ROOT), List.of());
    }

    /** The number of families. */
    public int size() {
        return members.size();
    }

    /** The forms a word may be an inflection of, most likely first. */
    static List<String> bases(String w) {
        List<String> out = new ArrayList<>();
        if (w.endsWith("ies") || w.endsWith("ied")) {
            add(out, w.substring(0, w.length() - 3) + "y");
        }
        if (w.endsWith("es")) {
            add(out, w.substring(0, w.length() - 2));
        }
        if (w.endsWith("s") && !w.endsWith("ss")) {
            add(out, w.substring(0, w.length() - 1));
        }
        if (w.endsWith("ed")) {
            stem(out, w.substring(0, w.length() - 2));
        }
        if (w.endsWith("ing")) {
            stem(out, w.substring(0, w.length() - 3));
        }
        return out;
    }

    /** A stem left by -ed or -ing: itself, with a final e restored, or with a doubled last consonant undone. */
    private static void stem(List<String> out, String stem) {
        add(out, stem);
        add(out, stem + "e");
        int n = stem.length();
        if (n > MIN_BASE && stem.charAt(n - 1) == stem.charAt(n - 2) && "aeiou".indexOf(stem.charAt(n - 1)) < 0) {
            add(out, stem.substring(0, n - 1));
        }
    }

    private static void add(List<String> out, String base) {
        if (base.length() >= MIN_BASE) {
            out.add(base);
        }
    }
}
