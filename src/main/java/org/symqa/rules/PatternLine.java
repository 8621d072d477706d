package org.symqa.rules;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.symqa.lexicon.TermHit;

/**
 * A {@code pattern:} line: a TokensRegex frame that must match the sentence. Its facts are the terms of the
 * pattern's lexicons inside the matched frame, or the whole frame when it holds none. Its prefilter is read from the
 * pattern ({@link PatternCondition}); its diagnosis says how many top-level steps matched ({@link PatternSteps}).
 */
public final class PatternLine implements Condition {
    private final FramePattern pattern;
    private final Prefilter prefilter;
    private volatile PatternSteps steps;

    public PatternLine(FramePattern pattern) {
        this.pattern = pattern;
        this.prefilter = PatternCondition.of(pattern.toString());
    }

    /** The compiled pattern. */
    public FramePattern pattern() {
        return pattern;
    }

    @Override
    public String key() {
        return "pattern";
    }

    @Override
    public String value() {
        return pattern.toString();
    }

    @Override
    public boolean costly() {
        return true;
    }

    @Override
    public Outcome test(SentenceView s) {
        Span frame = pattern.find(s);
        if (frame == null) {
            return Outcome.FAILS;
        }
        return new Outcome(true, Mention.of(termsWithin(s, frame)));
    }

    /** The terms of the pattern's lexicons inside a frame (its facts), or the whole frame when it holds none. */
    private List<Span> termsWithin(SentenceView s, Span frame) {
        List<Span> terms = new ArrayList<>();
        for (TermHit h : s.hits()) {
            if (pattern.lexicons().contains(h.term().lexicon()) && h.start() >= frame.start() && h.end() <= frame.end()) {
                terms.add(new Span(h.start(), h.end()));
            }
        }
        return terms.isEmpty() ? List.of(frame) : terms;
    }

    @Override
    public Prefilter prefilter() {
        return prefilter;
    }

    @Override
    public Check check(SentenceView s) {
        PatternSteps p = steps;
        if (p == null) {
            p = new PatternSteps(pattern.toString());
            steps = p;
        }
        PatternSteps.Progress progress = p.progress(s);
        if (progress.stoppedAt() == null) {
            return new Check(true, 1, "pattern: matched '" + s.words(progress.span()) + "'");
        }
        return new Check(false, (double) progress.matched() / progress.total(), "pattern: " + progress.matched()
                + " of " + progress.total() + " steps matched"
                + (progress.span() == null ? "" : " ('" + s.words(progress.span()) + "')")
                + ", stopped at " + progress.stoppedAt());
    }

    @Override
    public Set<String> lexicons() {
        return new LinkedHashSet<>(pattern.lexicons());
    }

    @Override
    public String toString() {
        return key() + ": " + value();
    }
}
