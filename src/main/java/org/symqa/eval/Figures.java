package org.symqa.eval;

/**
 * The scorer's figures for a set of answers.
 *
 * @param n              items scored
 * @param acc            share of items whose verdict ("answered" or not) agrees with the label
 * @param precision      precision of "answered" for the answerable class
 * @param recall         recall of "answered" for the answerable class
 * @param f1             harmonic mean of precision and recall
 * @param keyRecall      mean share of key terms in the answers of answerable items (NaN when none has key terms)
 * @param evidenceRecall mean share of gold evidence sentences covered by the cited evidence (NaN when no gold evidence)
 * @param ungrounded     share of answers holding a number or name the prompt lacks
 * @param overLimit      share of answers at or over the prompt's word limit
 */
public record Figures(int n, double acc, double precision, double recall, double f1, double keyRecall,
                      double evidenceRecall, double ungrounded, double overLimit) {

    /** One row as the scorer prints it: the name padded to 24 characters, then every figure to 3 decimals. */
    public String row(String name) {
        return String.format(java.util.Locale.ROOT, "%-24s n=%5d acc=%s P=%s R=%s F1=%s keyrecall=%s evidence=%s ungrounded=%s overlimit=%s",
                name, n, PyText.fixed3(acc), PyText.fixed3(precision), PyText.fixed3(recall), PyText.fixed3(f1),
                PyText.fixed3(keyRecall), PyText.fixed3(evidenceRecall), PyText.fixed3(ungrounded),
                PyText.fixed3(overLimit));
    }

    /** The scorer's one-line summary: {@code SCORE acc=... f1=... keyrecall=... evidence=... ungrounded=... overlimit=... n=...}. */
    public String scoreLine() {
        return "SCORE acc=" + PyText.fixed3(acc) + " f1=" + PyText.fixed3(f1) + " keyrecall=" + PyText.fixed3(keyRecall)
                + " evidence=" + PyText.fixed3(evidenceRecall) + " ungrounded=" + PyText.fixed3(ungrounded)
                + " overlimit=" + PyText.fixed3(overLimit) + " n=" + n;
    }
}
