package org.symqa.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.symqa.RuleSet;
import org.symqa.rules.Rule;

/**
 * Scores predictions against gold items, in input order: the figures of the evaluation scorer (score.py) and, per
 * topic and per rule, how often direct evidence was cited on answerable and on unanswerable items.
 *
 * <p>It never prints; {@link #report()} gives the lines a command prints.
 */
public final class Evaluation {
    /** The name of the baseline's rows. */
    public static final String BASELINE = "overlap baseline";

    private final Tally tally;
    private final FiringTally firings;
    private final SpanTally spans = new SpanTally();
    private final Tally baseline;
    private final SpanTally baselineSpans = new SpanTally();
    private boolean hasBaseline;

    /** An empty evaluation; {@code topicOfRule} names the topic of a rule id. */
    public Evaluation(ScoreWords words, Function<String, String> topicOfRule) {
        this.tally = new Tally(words);
        this.baseline = new Tally(words);
        this.firings = new FiringTally(topicOfRule);
    }

    /** The topic of each rule of a rule set; ids it does not hold fall back to the part before the first dot. */
    public static Function<String, String> topicsOf(RuleSet ruleSet) {
        Map<String, String> byRule = new HashMap<>();
        for (Map.Entry<String, List<Rule>> e : ruleSet.rules().entrySet()) {
            for (Rule r : e.getValue()) {
                byRule.put(r.id(), e.getKey());
            }
        }
        return rule -> byRule.getOrDefault(rule, rule.contains(".") ? rule.substring(0, rule.indexOf('.')) : rule);
    }

    /** Scores one item; the prediction must carry the item's id. */
    public void add(GoldItem item, Prediction pred) {
        if (!item.id().equals(pred.id())) {
            throw new IllegalArgumentException("prediction " + pred.id() + " does not belong to item " + item.id());
        }
        tally.add(item, pred);
        firings.add(item, pred);
        spans.add(item, pred);
    }

    /** Scores the baseline's prediction for one item ({@link OverlapBaseline}), reported beside this system's. */
    public void addBaseline(GoldItem item, Prediction pred) {
        if (!item.id().equals(pred.id())) {
            throw new IllegalArgumentException("prediction " + pred.id() + " does not belong to item " + item.id());
        }
        hasBaseline = true;
        baseline.add(item, pred);
        baselineSpans.add(item, pred);
    }

    /** This system's span matches so far. */
    public SpanTally spans() {
        return spans;
    }

    /** The baseline's span matches so far. */
    public SpanTally baselineSpans() {
        return baselineSpans;
    }

    /** The baseline's figures so far. */
    public Figures baselineFigures() {
        return baseline.figures();
    }

    /** The figures so far. */
    public Figures figures() {
        return tally.figures();
    }

    /** The first few ungrounded answers. */
    public List<UngroundedExample> ungroundedExamples() {
        return tally.examples();
    }

    /** Direct-evidence firings per topic, by topic id. */
    public List<Firing> topicFirings() {
        return firings.topics();
    }

    /** Direct-evidence firings per rule, by rule id. */
    public List<Firing> ruleFirings() {
        return firings.rules();
    }

    /**
     * The report: a table of firings (each topic, then its rules), the scorer's row for this system and the
     * baseline's, span matches (when the gold has spans), ungrounded examples, and last the {@code SCORE} line.
     */
    public List<String> report() {
        List<String> out = new ArrayList<>(firingTable());
        Figures f = figures();
        out.add(f.row("this system"));
        if (hasBaseline) {
            out.add(baseline.figures().row(BASELINE));
        }
        if (spans.any() || baselineSpans.any()) {
            out.add(spans.row("spans: this system"));
            if (hasBaseline) {
                out.add(baselineSpans.row("spans: " + BASELINE));
            }
        }
        ungroundedExamples().forEach(e -> out.add(e.line()));
        out.add(f.scoreLine());
        return out;
    }

    /** The firing table: one line per topic, its rules indented below, then a blank line. */
    public List<String> firingTable() {
        List<Firing> topics = topicFirings();
        List<Firing> rules = ruleFirings();
        int width = "direct evidence cited".length();
        for (Firing r : rules) {
            width = Math.max(width, r.name().length() + 2);
        }
        String format = "%-" + width + "s %10s %12s %9s";
        List<String> out = new ArrayList<>();
        out.add(String.format(Locale.ROOT, format, "direct evidence cited", "answerable", "unanswerable", "precision"));
        for (Firing t : topics) {
            out.add(line(format, t.name(), t));
            for (Firing r : rules) {
                if (firings.topicOf(r.name()).equals(t.name())) {
                    out.add(line(format, "  " + r.name(), r));
                }
            }
        }
        if (topics.isEmpty()) {
            out.add("(no direct evidence cited)");
        }
        out.add("");
        return out;
    }

    private static String line(String format, String name, Firing f) {
        String p = Double.isNaN(f.precision()) ? "-" : PyText.fixed3(f.precision());
        return String.format(Locale.ROOT, format, name, f.onAnswerable(), f.onUnanswerable(), p);
    }
}
