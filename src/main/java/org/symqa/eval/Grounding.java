package org.symqa.eval;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.symqa.text.Quote;

/**
 * Checks of an answer against its prompt: numbers and names the prompt does not contain (ungrounded), and
 * answers at or over the prompt's "less than N words" limit.
 */
final class Grounding {
    private static final Pattern SENTENCE_BREAK = Pattern.compile("(?<=[.!?:])" + PyText.SPACE_CLASS + "+|\n+");
    private static final Pattern CITATION = Pattern.compile("\\p{Nd}{1,2}");
    private static final Pattern LIMIT = Pattern.compile("less than (\\p{Nd}+) words",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private Grounding() {
    }

    /** The words of the answer holding a digit, or capitalised past a sentence's first word, that the prompt lacks. */
    static List<String> ungrounded(String answer, String prompt) {
        String low = PyText.lower(prompt);
        List<String> bad = new ArrayList<>();
        for (String sentence : SENTENCE_BREAK.split(answer, -1)) {
            List<String> words = PyText.split(sentence);
            for (int i = 0; i < words.size(); i++) {
                String w = Quote.bare(words.get(i));
                if (w.isEmpty() || w.startsWith("[")) {
                    continue;
                }
                boolean hasDigit = w.codePoints().anyMatch(PyText::isDigit);
                boolean named = i > 0 && w.codePoints().anyMatch(Character::isUpperCase);
                if (!(hasDigit || named) || CITATION.matcher(w).matches()) {
                    continue;
                }
                if (!grounded(w, low)) {
                    bad.add(w);
                }
            }
        }
        return bad;
    }

    /** True when the lower-cased prompt holds the word, its form without possessive, '%' or plural 's'. */
    private static boolean grounded(String w, String low) {
        String lw = PyText.lower(w);
        Set<String> forms = new LinkedHashSet<>();
        forms.add(lw);
        forms.add(lw.endsWith("'s") || lw.endsWith("\u2019s") ? lw.substring(0, lw.length() - 2) : lw);
        int e = lw.length();
        while (e > 0 && lw.charAt(e - 1) == '%') {
            e--;
        }
        forms.add(lw.substring(0, e));
        for (String f : List.copyOf(forms)) {
            if (f.endsWith("s") && PyText.length(f) > 3) {
                forms.add(f.substring(0, f.length() - 1));
            }
        }
        for (String f : forms) {
            if (!f.isEmpty() && low.contains(f)) {
                return true;
            }
        }
        return false;
    }

    /** True when the prompt sets a "less than N words" limit and the answer has at least N words. */
    static boolean overLimit(String answer, String prompt) {
        Matcher m = LIMIT.matcher(prompt);
        if (!m.find()) {
            return false;
        }
        return BigInteger.valueOf(PyText.split(answer).size()).compareTo(new BigInteger(m.group(1))) >= 0;
    }
}
