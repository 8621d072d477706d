package org.symqa.evidence.general;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.symqa.nlp.Token;
import org.symqa.rules.SentenceView;
import org.symqa.rules.Span;

/**
 * The abbreviations a context defines, as in "antibiotic-associated diarrhoea (AAD)": the letters of the
 * abbreviation are the initials of the words before the parenthesis. A sentence that holds the abbreviation then
 * holds the words it stands for, and the other way round.
 */
final class Abbreviations {
    private static final Pattern ABBREVIATION = Pattern.compile("[A-Z][A-Za-z0-9]{1,7}");
    private static final int MAX_SKIPPED = 2;
    private static final Pattern FUNCTION = Pattern.compile("IN|CC|DT");

    private final Map<String, Set<String>> expansions;

    private Abbreviations(Map<String, Set<String>> expansions) {
        this.expansions = expansions;
    }

    /** The abbreviations defined in the sentences. */
    static Abbreviations of(List<SentenceView> sentences) {
        Map<String, Set<String>> out = new HashMap<>();
        for (SentenceView v : sentences) {
            List<Token> t = v.tokens();
            for (int i = 2; i + 1 < t.size(); i++) {
                String w = t.get(i).word();
                if (t.get(i - 1).word().equals("(") && t.get(i + 1).word().equals(")")
                        && ABBREVIATION.matcher(w).matches() && w.chars().filter(Character::isUpperCase).count() >= 2) {
                    Set<String> words = expansion(t, i - 1, w.replaceAll("[^A-Za-z]", "").toLowerCase(Locale.ROOT));
                    if (!words.isEmpty()) {
                        out.putIfAbsent(w.toLowerCase(Locale.ROOT), words);
                    }
                }
            }
        }
        return new Abbreviations(out);
    }

    /** True when tokens {@code within} of the sentence stand for the key, directly or through an abbreviation. */
    boolean holds(SentenceView v, Span within, String key) {
        if (Coverage.holds(v, within, key)) {
            return true;
        }
        Set<String> meaning = expansions.get(key);
        if (meaning != null && meaning.stream().allMatch(k -> Coverage.holds(v, within, k))) {
            return true;
        }
        for (int i = within.start(); i < within.end(); i++) {
            Set<String> e = expansions.get(v.tokens().get(i).word().toLowerCase(Locale.ROOT));
            if (e != null && e.contains(key)) {
                return true;
            }
        }
        return false;
    }

    /** The keys of the words before {@code end} whose initials spell the letters (skipping "of", "and"), or empty. */
    private static Set<String> expansion(List<Token> t, int end, String letters) {
        Set<String> keys = new LinkedHashSet<>();
        int need = letters.length() - 1;
        int skipped = 0;
        for (int i = end - 1; i >= 0 && need >= 0; i--) {
            Token k = t.get(i);
            String[] parts = k.word().toLowerCase(Locale.ROOT).split("-");
            boolean all = true;
            for (int p = parts.length - 1; p >= 0 && need >= 0; p--) {
                if (!parts[p].isEmpty() && parts[p].charAt(0) == letters.charAt(need)) {
                    need--;
                } else {
                    all = false;
                }
            }
            if (all) {
                keys.add(Question.key(k));
            } else if (parts.length == 1 && FUNCTION.matcher(k.pos()).matches() && skipped++ < MAX_SKIPPED) {
                continue;
            } else {
                return Set.of();
            }
        }
        return need < 0 ? keys : Set.of();
    }
}
