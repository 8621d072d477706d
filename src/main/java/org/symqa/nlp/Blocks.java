package org.symqa.nlp;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The blocks of a text between blank lines, which every backend splits on its own: text repair puts a blank line
 * after a heading, so no sentence spans two blocks.
 */
final class Blocks {
    private static final Pattern BLANK_LINE = Pattern.compile("\\n[ \\t]*\\n");

    /** Receives one block as a range of the text. */
    @FunctionalInterface
    interface Sink {
        void block(int from, int to);
    }

    private Blocks() {
    }

    /** Hands each block of {@code text} to {@code sink}, in order, the last one even when it is empty. */
    static void each(String text, Sink sink) {
        Matcher m = BLANK_LINE.matcher(text);
        int from = 0;
        while (m.find()) {
            sink.block(from, m.start());
            from = m.end();
        }
        sink.block(from, text.length());
    }
}
