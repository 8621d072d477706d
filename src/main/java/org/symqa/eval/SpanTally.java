package org.symqa.eval;

import java.util.Locale;

/**
 * Adds up how well answer spans match gold spans ({@code answers}): on answered items that have gold spans, the
 * share of exact matches, of partial matches (token F1 at least {@value #PARTIAL}, exact ones included) and the mean
 * token F1; and over all items the SQuAD 2.0 F1, where an unanswerable item scores 1 when not answered and an
 * answerable one its span's F1 when answered. An answered item without a span (a topic's answer) scores 0.
 */
public final class SpanTally {
    /** The token F1 from which a span counts as a partial match. */
    public static final double PARTIAL = 0.5;

    private int answered;
    private int withSpan;
    private int exact;
    private int partial;
    private double f1;
    private int items;
    private double overall;

    /** Scores one item; {@code span} is null when the prediction has none. */
    public void add(GoldItem item, Prediction pred) {
        items++;
        boolean said = pred.saysAnswered();
        if (!item.answerable()) {
            overall += said ? 0 : 1;
            return;
        }
        if (!said || item.facts().isEmpty()) {
            return;
        }
        withSpan += pred.span() == null ? 0 : 1;
        String span = pred.span() == null ? "" : pred.span();
        double f = SpanMatch.f1(span, item.facts());
        boolean isExact = SpanMatch.exact(span, item.facts());
        answered++;
        exact += isExact ? 1 : 0;
        partial += isExact || f >= PARTIAL ? 1 : 0;
        f1 += f;
        overall += f;
    }

    /** True when some answered item had gold spans and some prediction a span (predictions read from JSON have none). */
    public boolean any() {
        return answered > 0 && withSpan > 0;
    }

    /** The share of answered items with gold spans whose span matches exactly or partly (NaN when none). */
    public double partialShare() {
        return share(partial);
    }

    /** The SQuAD 2.0 F1 over all items (NaN when none). */
    public double squad2F1() {
        return items == 0 ? Double.NaN : overall / items;
    }

    /** One line of figures, named. */
    public String row(String name) {
        return String.format(Locale.ROOT, "%-24s answered=%4d exact=%s partial=%s f1=%s squad2-f1=%s", name, answered,
                PyText.fixed3(share(exact)), PyText.fixed3(share(partial)),
                PyText.fixed3(answered == 0 ? Double.NaN : f1 / answered),
                PyText.fixed3(squad2F1()));
    }

    private double share(int n) {
        return answered == 0 ? Double.NaN : (double) n / answered;
    }
}
