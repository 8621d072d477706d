package org.symqa.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Adds up scored items into {@link Figures}, exactly as the scorer does (same sums in the same order), and keeps
 * the first few ungrounded answers as examples.
 */
final class Tally {
    /** How many ungrounded examples are kept. */
    static final int EXAMPLES = 5;

    private final ScoreWords words;
    private final KeyTerms keyTerms;
    private int tp;
    private int fp;
    private int fn;
    private int tn;
    private final List<Double> key = new ArrayList<>();
    private final List<Double> evidence = new ArrayList<>();
    private int ungrounded;
    private int over;
    private int n;
    private final List<UngroundedExample> examples = new ArrayList<>();

    Tally(ScoreWords words) {
        this.words = words;
        this.keyTerms = new KeyTerms(words);
    }

    /** Scores one item's prediction. */
    void add(GoldItem item, Prediction pred) {
        boolean gold = item.answerable();
        boolean said = pred.saysAnswered();
        n++;
        if (gold && said) {
            tp++;
        } else if (gold) {
            fn++;
        } else if (said) {
            fp++;
        } else {
            tn++;
        }
        if (gold) {
            List<Set<String>> terms = keyTerms.of(item);
            if (!terms.isEmpty()) {
                Set<String> have = Set.copyOf(words.tokens(pred.answer()));
                long hit = terms.stream().filter(have::containsAll).count();
                key.add((double) hit / terms.size());
            }
        }
        List<String> bad = Grounding.ungrounded(pred.answer(), item.prompt());
        if (!bad.isEmpty()) {
            ungrounded++;
            if (examples.size() < EXAMPLES) {
                examples.add(new UngroundedExample(item.id(), bad.subList(0, Math.min(4, bad.size()))));
            }
        }
        if (Grounding.overLimit(pred.answer(), item.prompt())) {
            over++;
        }
        if (gold) {
            Double r = evidenceRecall(item, pred);
            if (r != null) {
                evidence.add(r);
            }
        }
    }

    /** Share of gold evidence sentences whose content words the cited evidence covers by 60%, or null without gold evidence. */
    private Double evidenceRecall(GoldItem item, Prediction pred) {
        if (item.evidence().isEmpty()) {
            return null;
        }
        Set<String> have = words.content(String.join(" ", pred.evidence()));
        int hits = 0;
        for (String g : item.evidence()) {
            Set<String> c = words.content(g);
            if (!c.isEmpty() && (double) c.stream().filter(have::contains).count() / c.size() >= 0.6) {
                hits++;
            }
        }
        return (double) hits / item.evidence().size();
    }

    /** The figures so far. */
    Figures figures() {
        int d = Math.max(n, 1);
        double p = tp + fp > 0 ? (double) tp / (tp + fp) : 0.0;
        double r = tp + fn > 0 ? (double) tp / (tp + fn) : 0.0;
        double f1 = p + r != 0 ? 2 * p * r / (p + r) : 0.0;
        return new Figures(n, (double) (tp + tn) / d, p, r, f1, mean(key), mean(evidence), (double) ungrounded / d,
                (double) over / d);
    }

    /** The first ungrounded answers, in input order. */
    List<UngroundedExample> examples() {
        return List.copyOf(examples);
    }

    /** Python's {@code sum(xs) / len(xs)} (plain left-to-right sum), NaN for an empty list. */
    private static double mean(List<Double> xs) {
        if (xs.isEmpty()) {
            return Double.NaN;
        }
        double s = 0;
        for (double x : xs) {
            s += x;
        }
        return s / xs.size();
    }
}
