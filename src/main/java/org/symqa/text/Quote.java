package org.symqa.text;

/**
 * Quotes a span of repaired text for an answer. A repaired word that holds a digit or a capital letter (a name, a
 * number) is quoted as the source wrote it unless the chunk also holds it as repaired ("Effi- cientNet" is quoted
 * "EfficientNet" when the chunk writes "EfficientNet" elsewhere), so that every name and number in an answer stands
 * in the prompt.
 */
public final class Quote {
    private Quote() {
    }

    /** The quoted text of repaired span {@code [start, end)}. */
    public static String of(RepairedText text, int start, int end) {
        String repaired = text.text();
        StringBuilder out = new StringBuilder(end - start);
        int i = start;
        while (i < end) {
            if (Spaces.is(repaired.charAt(i))) {
                if (out.length() > 0 && out.charAt(out.length() - 1) != ' ') {
                    out.append(' ');
                }
                i++;
                continue;
            }
            int j = i;
            while (j < end && !Spaces.is(repaired.charAt(j))) {
                j++;
            }
            String word = repaired.substring(i, j);
            int os = text.originalOffset(i);
            int oe = text.originalEnd(j);
            String source = Controls.withoutDropped(text.original().substring(os, Math.max(os, oe)));
            if (!source.equals(word) && needsSource(word) && !holds(text.original(), word)) {
                out.append(Spaces.RUN.matcher(source).replaceAll(" "));
            } else {
                out.append(word);
            }
            i = j;
        }
        return out.toString().strip();
    }

    /**
     * The characters a reader strips off the ends of a word before looking for it in the prompt: score.py's grounding
     * test strips these, and so does symqa's port of it (eval's Grounding).
     */
    public static final String EDGES = "()[]{}\"'`*,;:.!?";

    /**
     * True when {@code original} holds the word, without the punctuation at its ends, ignoring case; only for a word
     * of ASCII characters (their case folds alike everywhere).
     */
    static boolean holds(String original, String word) {
        String b = bare(word);
        if (b.isEmpty()) {
            return false;
        }
        for (int k = 0; k < b.length(); k++) {
            if (b.charAt(k) >= 0x80) {
                return false;
            }
        }
        for (int i = 0; i + b.length() <= original.length(); i++) {
            if (original.regionMatches(true, i, b, 0, b.length())) {
                return true;
            }
        }
        return false;
    }

    /** The word without the {@link #EDGES} characters at its ends (Python's {@code str.strip(EDGES)}). */
    public static String bare(String word) {
        int from = 0;
        int to = word.length();
        while (from < to && EDGES.indexOf(word.charAt(from)) >= 0) {
            from++;
        }
        while (to > from && EDGES.indexOf(word.charAt(to - 1)) >= 0) {
            to--;
        }
        return word.substring(from, to);
    }

    private static boolean needsSource(String word) {
        for (int k = 0; k < word.length(); k++) {
            char c = word.charAt(k);
            if (Character.isDigit(c) || Character.isUpperCase(c)) {
                return true;
            }
        }
        return false;
    }
}
