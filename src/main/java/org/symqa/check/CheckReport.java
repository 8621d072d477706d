package org.symqa.check;

import java.util.List;

/**
 * The outcome of {@code symqa rules check}: how much was checked and every problem found, in file order.
 *
 * @param files    rule and lexicon files read
 * @param rules    evidence rules compiled
 * @param problems the problems, sorted by file, line and column
 */
public record CheckReport(int files, int rules, List<Problem> problems) {
    public CheckReport {
        problems = List.copyOf(problems);
    }

    /** True when there is no problem. */
    public boolean ok() {
        return problems.isEmpty();
    }

    /** The summary line, e.g. {@code 87 files, 112 rules, 0 problems}. */
    public String summary() {
        return count(files, "file") + ", " + count(rules, "rule") + ", " + count(problems.size(), "problem");
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
