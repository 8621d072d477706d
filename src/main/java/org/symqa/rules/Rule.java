package org.symqa.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A compiled evidence rule: its id, kind, where it was written, and its lines as {@link Condition}s. It matches a
 * sentence when every line holds. Its facts come from one line: its {@code fact:} line when that finds something,
 * else its frame, else its pattern, else its first {@code has:} line; each fact is marked negated when it stands in
 * a negation's scope. Its {@code toString()} prints its source as written.
 */
public final class Rule {
    private final String id;
    private final String topic;
    private final RuleKind kind;
    private final String file;
    private final int line;
    private final List<Condition> conditions;
    private final List<Example> must;
    private final List<Example> mustNot;
    private final String source;
    private final List<Condition> byCost;
    private final Condition factLine;
    private final Condition namedFacts;

    public Rule(String id, String topic, RuleKind kind, String file, int line, List<Condition> conditions,
                List<Example> must, List<Example> mustNot, String source) {
        this.id = Objects.requireNonNull(id, "id");
        this.topic = topic;
        this.kind = Objects.requireNonNull(kind, "kind");
        this.file = file;
        this.line = line;
        this.conditions = List.copyOf(conditions);
        this.must = List.copyOf(must);
        this.mustNot = List.copyOf(mustNot);
        this.source = source;
        if (this.conditions.stream().noneMatch(c -> c instanceof HasLine || c instanceof PatternLine
                || c instanceof FrameLine)) {
            throw new IllegalArgumentException("rule " + id + " has neither has:, pattern: nor frame:");
        }
        List<Condition> ordered = new ArrayList<>(this.conditions);
        ordered.sort(Comparator.comparing(Condition::costly));
        this.byCost = List.copyOf(ordered);
        this.factLine = first(FrameLine.class).orElseGet(() -> first(PatternLine.class)
                .orElseGet(() -> first(HasLine.class).orElseThrow()));
        this.namedFacts = first(FactLine.class).orElse(null);
    }

    private java.util.Optional<Condition> first(Class<? extends Condition> kind) {
        return conditions.stream().filter(kind::isInstance).findFirst();
    }

    /** The rule id, e.g. {@code hardware.trained-on}. */
    public String id() {
        return id;
    }

    /** The topic whose file holds the rule. */
    public String topic() {
        return topic;
    }

    /** Direct or related. */
    public RuleKind kind() {
        return kind;
    }

    /** The rule file as shown in messages. */
    public String file() {
        return file;
    }

    /** The line of {@code rule ID}. */
    public int line() {
        return line;
    }

    /** Its lines, in file order. */
    public List<Condition> conditions() {
        return conditions;
    }

    /** Example sentences that must match. */
    public List<Example> must() {
        return must;
    }

    /** Example sentences that must not match. */
    public List<Example> mustNot() {
        return mustNot;
    }

    /** {@code file:line} of the rule. */
    public String location() {
        return file + ":" + line;
    }

    /**
     * The line whose mentions are the rule's facts: its frame, else its pattern, else its first {@code has:} line
     * (a {@code fact:} line, when its items are in the sentence, names them instead).
     */
    public Condition factLine() {
        return factLine;
    }

    /** The match in the sentence, or null when the rule does not match. Pattern lines are tried last. */
    public RuleMatch match(SentenceView s) {
        List<Mention> facts = List.of();
        for (Condition c : byCost) {
            if (c == namedFacts) {
                continue;
            }
            Condition.Outcome o = c.test(s);
            if (!o.holds()) {
                return null;
            }
            if (c == factLine) {
                facts = o.mentions();
            }
        }
        if (namedFacts != null) {
            List<Mention> named = namedFacts.test(s).mentions();
            facts = named.isEmpty() ? facts : named;
        }
        boolean[] negated = s.negated();
        return new RuleMatch(this, facts.stream().map(m -> m.negatedBy(negated)).toList());
    }

    /** The rule's necessary condition on an untagged sentence: every line's prefilter. */
    public Prefilter prefilter() {
        List<Prefilter> parts = new ArrayList<>();
        for (Condition c : conditions) {
            parts.add(c.prefilter());
        }
        return PatternCursor.all(parts);
    }

    /** The lexicons the rule's lines refer to, in order. */
    public Set<String> lexicons() {
        Set<String> out = new LinkedHashSet<>();
        conditions.forEach(c -> out.addAll(c.lexicons()));
        return out;
    }

    @Override
    public String toString() {
        return source;
    }
}
