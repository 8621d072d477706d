package org.symqa.nlp;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.symqa.resources.SourceException;

/**
 * The words the rule tokenizer needs, read from {@code lexicons/opennlp/}: abbreviations whose final period stays
 * on the word ({@code abbreviations.txt}), clitics split off a word's end ({@code clitics.txt}) and units split
 * off a number ({@code units.txt}).
 *
 * <p>An abbreviation line is the word in lower case without its period, then optional flags: {@code number} keeps
 * the period only before a number ("Fig. 3", but "Fig" "." before "S1"); {@code ends} lets the period also end the
 * sentence before a capital letter, a line break or the end of a block ("et al. The").
 */
final class TokenWords {
    private final Map<String, Abbreviation> abbreviations;
    private final List<String> clitics;
    private final Map<String, Integer> cuts;
    private final Set<String> units;

    /** An abbreviation and its flags. */
    record Abbreviation(boolean onlyBeforeNumber, boolean mayEndSentence) {
    }

    private TokenWords(Map<String, Abbreviation> abbreviations, List<String> clitics, Map<String, Integer> cuts,
                       Set<String> units) {
        this.abbreviations = Map.copyOf(abbreviations);
        this.clitics = List.copyOf(clitics);
        this.cuts = Map.copyOf(cuts);
        this.units = Set.copyOf(units);
    }

    /** Reads the three files. */
    static TokenWords parse(DataFile abbreviations, DataFile clitics, DataFile units) throws SourceException {
        Map<String, Abbreviation> abbr = new HashMap<>();
        for (DataFile.Line l : abbreviations.lines()) {
            String[] f = l.text().split("\\s+");
            boolean number = false;
            boolean ends = false;
            for (int k = 1; k < f.length; k++) {
                switch (f[k]) {
                    case "number" -> number = true;
                    case "ends" -> ends = true;
                    default -> throw new SourceException(abbreviations.name(), l.number(), l.text().indexOf(f[k]) + 1,
                            "unknown flag '" + f[k] + "' (number, ends)");
                }
            }
            if (!f[0].equals(f[0].toLowerCase(Locale.ROOT)) || f[0].endsWith(".")) {
                throw new SourceException(abbreviations.name(), l.number(), 1,
                        "write the abbreviation in lower case without its final period: '" + f[0] + "'");
            }
            if (abbr.put(f[0], new Abbreviation(number, ends)) != null) {
                throw new SourceException(abbreviations.name(), l.number(), 1, "'" + f[0] + "' is listed twice");
            }
        }
        List<String> cl = new ArrayList<>();
        Map<String, Integer> cut = new HashMap<>();
        for (DataFile.Line l : clitics.lines()) {
            String c = l.text().toLowerCase(Locale.ROOT);
            int bar = c.indexOf('|');
            if (bar > 0 && bar < c.length() - 1 && c.indexOf('|', bar + 1) < 0) {
                cut.put(c.replace("|", ""), bar);
            } else if (c.contains("'") && bar < 0) {
                cl.add(c);
            } else {
                throw new SourceException(clitics.name(), l.number(), 1,
                        "a clitic has an apostrophe ('s), a split word one | at the cut (can|not): '" + l.text() + "'");
            }
        }
        cl.sort((a, b) -> b.length() - a.length()); // the longest clitic first: "n't" before "'t"
        Set<String> un = new HashSet<>();
        for (DataFile.Line l : units.lines()) {
            un.add(l.text());
        }
        return new TokenWords(abbr, cl, cut, un);
    }

    /** True when the period after {@code word} (lower case) stays on it, given the next non-space character. */
    boolean keepsPeriod(String word, char following) {
        Abbreviation a = abbreviations.get(word);
        return a != null && (!a.onlyBeforeNumber() || Character.isDigit(following));
    }

    /** True when {@code word} (lower case, without its period) may end a sentence. */
    boolean mayEndSentence(String word) {
        Abbreviation a = abbreviations.get(word);
        return a != null && a.mayEndSentence();
    }

    /**
     * Where the word (lower case, apostrophes as {@code '}) is cut in two: before its clitic ("it|'s"), or where a
     * split word is cut ("can|not"); 0 when it stays whole.
     */
    int cut(String word) {
        Integer at = cuts.get(word);
        if (at != null) {
            return at;
        }
        for (String c : clitics) {
            if (word.length() > c.length() && word.endsWith(c)) {
                return word.length() - c.length();
            }
        }
        return 0;
    }

    /** True when {@code word} (as written) is a unit split off a number written against it. */
    boolean isUnit(String word) {
        return units.contains(word);
    }
}
