package org.symqa.text;

/**
 * Quotes a span of repaired text for an answer. A repaired word that holds a digit or a capital letter (a name, a
 * number) is quoted as the source wrote it, so that every name and number in an answer stands in the prompt.
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
            if (!source.equals(word) && needsSource(word)) {
                out.append(Spaces.RUN.matcher(source).replaceAll(" "));
            } else {
                out.append(word);
            }
            i = j;
        }
        return out.toString().strip();
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
