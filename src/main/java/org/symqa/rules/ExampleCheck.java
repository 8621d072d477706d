package org.symqa.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Runs the {@code must:}/{@code must-not:} examples of rules and frames, and the roles they must yield, and reports
 * each one that fails, as {@code file:line: message}.
 */
public final class ExampleCheck {
    private final Function<String, SentenceView> views;

    /** @param views turns an example text into one annotated sentence with its lexicon hits */
    public ExampleCheck(Function<String, SentenceView> views) {
        this.views = views;
    }

    /** An example that does not hold: the file it stands in, the example, and the message (without location). */
    public record Failure(String file, Example example, String message) {
        /** {@code file:line: message}. */
        @Override
        public String toString() {
            return file + ":" + example.line() + ": " + message;
        }
    }

    /** The failures of one rule's examples (empty when all pass), as {@code file:line: message}. */
    public List<String> check(Rule rule) {
        return failures(rule).stream().map(Failure::toString).toList();
    }

    /** The failures of one rule's examples (empty when all pass), must: examples first. */
    public List<Failure> failures(Rule rule) {
        List<Failure> failures = new ArrayList<>();
        for (Example e : rule.must()) {
            SentenceView v = views.apply(e.text());
            RuleMatch m = rule.match(v);
            if (m == null) {
                failures.add(new Failure(rule.file(), e, "rule " + rule.id() + " does not match its must: example"));
            } else {
                for (String wrong : e.missingRoles(v, m.facts())) {
                    failures.add(new Failure(rule.file(), e, "rule " + rule.id() + " does not find " + wrong));
                }
            }
        }
        for (Example e : rule.mustNot()) {
            if (rule.match(views.apply(e.text())) != null) {
                failures.add(new Failure(rule.file(), e, "rule " + rule.id() + " matches its must-not: example"));
            }
        }
        return failures;
    }

    /** The failures of one frame's examples: a must: example without the anchor or an expected role is one. */
    public List<Failure> failures(Frame frame) {
        List<Failure> failures = new ArrayList<>();
        for (Example e : frame.must()) {
            SentenceView v = views.apply(e.text());
            List<Mention> found = frame.find(v);
            if (found.isEmpty()) {
                failures.add(new Failure(frame.file(), e, "frame " + frame.name() + " finds no "
                        + frame.anchor().name() + " in its must: example"));
            }
            for (String wrong : found.isEmpty() ? List.<String>of() : e.missingRoles(v, found)) {
                failures.add(new Failure(frame.file(), e, "frame " + frame.name() + " does not find " + wrong));
            }
        }
        for (Example e : frame.mustNot()) {
            if (!frame.find(views.apply(e.text())).isEmpty()) {
                failures.add(new Failure(frame.file(), e, "frame " + frame.name() + " holds in its must-not: example"));
            }
        }
        return failures;
    }
}
