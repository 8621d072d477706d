package org.symqa.cli;

import java.nio.file.Path;

/** Lets tests outside this package run {@code answer --json} in-process. */
public final class MainTestAccess {
    private MainTestAccess() {
    }

    /** The output of {@code symqa answer --json FILE} on the repository's rules; fails on a non-zero exit. */
    public static String answerJson(Path file) {
        return answerJson(file, "corenlp");
    }

    /** The output of {@code symqa answer --json --nlp NLP FILE} on the repository's rules. */
    public static String answerJson(Path file, String nlp) {
        MainTest.Run r = MainTest.run("answer", "--json", file.toString(), "--nlp", nlp, "--rules", "rules",
                "--lexicons", "lexicons");
        if (r.code() != 0) {
            throw new AssertionError("exit " + r.code() + ": " + r.err());
        }
        return r.out();
    }
}
