package org.symqa.server;

import java.util.regex.Matcher;
import org.symqa.text.Spaces;

/**
 * The {@code max_tokens} of a request read as a cap on words (symqa has no token vocabulary): the answer is cut
 * after that many whitespace-separated words, counted as word limits count them, keeping its own spacing.
 *
 * @param text the answer, cut or not
 * @param cut  true when words were dropped (the finish reason is then {@code length})
 */
record WordCap(String text, boolean cut) {

    /** The answer within {@code maxWords} words; 0 means no cap. */
    static WordCap apply(String answer, int maxWords) {
        if (maxWords <= 0) {
            return new WordCap(answer, false);
        }
        Matcher m = Spaces.RUN.matcher(answer);
        int words = 0;
        int last = 0;
        while (true) {
            boolean found = m.find();
            int end = found ? m.start() : answer.length();
            if (end > last && ++words == maxWords) {
                String rest = answer.substring(end);
                return new WordCap(answer.substring(0, end), Spaces.words(rest) > 0);
            }
            if (!found) {
                return new WordCap(answer, false);
            }
            last = m.end();
        }
    }

    /** Whitespace-separated words, as word limits count them. */
    static int words(String s) {
        return Spaces.words(s);
    }
}
