package org.symqa.rules;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A {@code frame:} line: holds when the named {@link Frame}'s anchor is in the sentence; what it found is the
 * frame's anchors, each with the roles that qualify it, and these are the rule's facts. Its prefilter is that of
 * the anchor's pattern.
 */
public final class FrameLine implements Condition {
    private final Frame frame;
    private final Prefilter prefilter;

    public FrameLine(Frame frame) {
        this.frame = frame;
        this.prefilter = PatternCondition.of(frame.anchor().pattern().toString());
    }

    /** The frame. */
    public Frame frame() {
        return frame;
    }

    @Override
    public String key() {
        return "frame";
    }

    @Override
    public String value() {
        return frame.name();
    }

    @Override
    public boolean costly() {
        return true;
    }

    @Override
    public Outcome test(SentenceView s) {
        List<Mention> found = frame.find(s);
        return found.isEmpty() ? Outcome.FAILS : new Outcome(true, found);
    }

    @Override
    public Prefilter prefilter() {
        return prefilter;
    }

    @Override
    public Check check(SentenceView s) {
        List<Mention> found = frame.find(s);
        if (found.isEmpty()) {
            return new Check(false, 0, "frame: " + frame.name() + " (no " + frame.anchor().name() + " found)");
        }
        return new Check(true, 1, "frame: " + frame.name() + " (" + found.stream().map(m -> describe(s, m))
                .collect(Collectors.joining("; ")) + ")");
    }

    private static String describe(SentenceView s, Mention m) {
        StringBuilder b = new StringBuilder(m.role()).append("='").append(s.words(m.span())).append('\'');
        for (Mention d : m.details()) {
            b.append(", ").append(d.role()).append("='").append(s.words(d.span())).append('\'');
        }
        return b.toString();
    }

    @Override
    public Set<String> lexicons() {
        return frame.lexicons();
    }

    @Override
    public String toString() {
        return key() + ": " + value();
    }
}
