package org.symqa.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Runs the {@code must:}/{@code must-not:} examples of rules and reports each one that fails, as
 * {@code file:line: message}.
 */
public final class ExampleCheck {
    private final Function<String, SentenceView> views;

    /** @param views turns an example text into one annotated sentence with its lexicon hits */
    public ExampleCheck(Function<String, SentenceView> views) {
        this.views = views;
    }

    /** An example that does not hold, with its message (without location). */
    public record Failure(Rule rule, Rule.Example example, String message) {
        /** {@code file:line: message}. */
        @Override
        public String toString() {
            return rule.file() + ":" + example.line() + ": " + message;
        }
    }

    /** The failures of one rule's examples (empty when all pass), as {@code file:line: message}. */
    public List<String> check(Rule rule) {
        return failures(rule).stream().map(Failure::toString).toList();
    }

    /** The failures of one rule's examples (empty when all pass), must: examples first. */
    public List<Failure> failures(Rule rule) {
        List<Failure> failures = new ArrayList<>();
        for (Rule.Example e : rule.must()) {
            if (rule.match(views.apply(e.text())) == null) {
                failures.add(new Failure(rule, e, "rule " + rule.id() + " does not match its must: example"));
            }
        }
        for (Rule.Example e : rule.mustNot()) {
            if (rule.match(views.apply(e.text())) != null) {
                failures.add(new Failure(rule, e, "rule " + rule.id() + " matches its must-not: example"));
            }
        }
        return failures;
    }
}
