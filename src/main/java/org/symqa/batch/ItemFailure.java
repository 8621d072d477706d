package org.symqa.batch;

import org.symqa.text.Deadline;

/**
 * Says in one line why the work on one item (a prompt, a batch line, a paper) failed, so that the item gets an
 * error result and the run goes on: over its time limit, a stack overflow (naming the stage where it happened),
 * out of memory, or an internal error.
 */
public final class ItemFailure {
    private ItemFailure() {
    }

    /** The one-line message for a failure of an item's work. */
    public static String describe(Throwable t) {
        if (t instanceof Deadline.Exceeded) {
            return t.getMessage() + " (--time-limit)";
        }
        if (t instanceof StackOverflowError) {
            return "text too deeply nested for the " + stage(t) + " (stack overflow)";
        }
        if (t instanceof OutOfMemoryError) {
            return "out of memory on this item (give Java more heap with -Xmx, or lower --max-prompt)";
        }
        String m = t.getMessage();
        return "internal error: " + t.getClass().getName() + (m == null ? "" : ": " + m.replaceAll("\\s+", " ").strip());
    }

    /** The stage a stack overflow happened in, from the frames on the stack. */
    public static String stage(Throwable t) {
        for (StackTraceElement e : t.getStackTrace()) {
            String c = e.getClassName();
            if (c.startsWith("edu.stanford.nlp.process.Morpha") || c.startsWith("edu.stanford.nlp.process.Morphology")) {
                return "lemmatizer";
            }
            if (c.startsWith("edu.stanford.nlp.process.PTB") || c.startsWith("edu.stanford.nlp.process.WordToSentence")) {
                return "tokenizer";
            }
            if (c.startsWith("edu.stanford.nlp.tagger")) {
                return "tagger";
            }
            if (c.startsWith("edu.stanford.nlp.ling.tokensregex")) {
                return "rule patterns";
            }
            if (c.startsWith("java.util.regex")) {
                return "repair or layout patterns";
            }
            if (c.startsWith("com.fasterxml.jackson")) {
                return "JSON reader";
            }
        }
        return "pipeline";
    }
}
