package org.symqa.eval;

/**
 * How often a rule (or any rule of a topic) had its direct evidence cited, on answerable and on unanswerable items.
 *
 * @param name           the rule id or topic id
 * @param onAnswerable   answerable items on which it fired
 * @param onUnanswerable unanswerable items on which it fired (false answers)
 */
public record Firing(String name, int onAnswerable, int onUnanswerable) {

    /** Items on which it fired. */
    public int fired() {
        return onAnswerable + onUnanswerable;
    }

    /** Share of its firings that were on answerable items; NaN when it never fired. */
    public double precision() {
        return fired() == 0 ? Double.NaN : (double) onAnswerable / fired();
    }

    /** This firing with one more item counted. */
    Firing plus(boolean answerable) {
        return new Firing(name, onAnswerable + (answerable ? 1 : 0), onUnanswerable + (answerable ? 0 : 1));
    }
}
