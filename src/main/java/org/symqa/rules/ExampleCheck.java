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

    /** The failures of one rule's examples (empty when all pass). */
    public List<String> check(Rule rule) {
        List<String> failures = new ArrayList<>();
        for (Rule.Example e : rule.must()) {
            if (rule.match(views.apply(e.text())) == null) {
                failures.add(rule.file() + ":" + e.line() + ": rule " + rule.id() + " does not match its must: example");
            }
        }
        for (Rule.Example e : rule.mustNot()) {
            if (rule.match(views.apply(e.text())) != null) {
                failures.add(rule.file() + ":" + e.line() + ": rule " + rule.id() + " matches its must-not: example");
            }
        }
        return failures;
    }
}
