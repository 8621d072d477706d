package org.symqa.check;

import java.util.Comparator;
import org.symqa.resources.SourceException;

/**
 * One problem found in a rule or lexicon file, printed as {@code file:line:col: message}.
 *
 * @param file    the file as named in messages, e.g. {@code rules/evidence/hardware.rules}
 * @param line    1-based line
 * @param column  1-based column
 * @param message what is wrong
 */
public record Problem(String file, int line, int column, String message) implements Comparable<Problem> {
    private static final Comparator<Problem> ORDER = Comparator.comparing(Problem::file)
            .thenComparingInt(Problem::line).thenComparingInt(Problem::column).thenComparing(Problem::message);

    /** The problem a loading error describes. */
    public static Problem of(SourceException e) {
        return new Problem(e.file(), e.line(), e.column(), e.detail());
    }

    @Override
    public int compareTo(Problem o) {
        return ORDER.compare(this, o);
    }

    @Override
    public String toString() {
        return file + ":" + line + ":" + column + ": " + message;
    }
}
