package org.symqa.rules;

import java.util.List;
import java.util.Set;

/**
 * A {@code fact:} line: names which words of a matching sentence are the rule's facts: items ("fact:
 * @augmentation-op" lists the operations, not the word "augmentation" its first {@code has:} line needs), or a frame
 * ("fact: frame optimizer" lists each optimizer with its learning rate and momentum). It puts no condition on the
 * sentence: when it finds nothing there, the rule's facts come from its frame, pattern or first {@code has:} line as
 * usual.
 *
 * @param items the parsed items (null when a frame names the facts)
 * @param frame the frame that names the facts (null when items do)
 * @param value the line's value as written
 */
public record FactLine(AnyOf items, Frame frame, String value) implements Condition {
    /** What introduces a frame in a {@code fact:} line. */
    public static final String FRAME = "frame ";

    public FactLine {
        if ((items == null) == (frame == null)) {
            throw new IllegalArgumentException("a fact: line names items or a frame");
        }
    }

    @Override
    public String key() {
        return "fact";
    }

    @Override
    public Outcome test(SentenceView s) {
        return new Outcome(true, frame != null ? frame.find(s) : Mention.of(items.find(s)));
    }

    @Override
    public Prefilter prefilter() {
        return Prefilter.Always.INSTANCE;
    }

    @Override
    public Check check(SentenceView s) {
        List<Mention> found = test(s).mentions();
        return new Check(true, 0, found.isEmpty() ? null : "fact: " + value + " ('" + s.words(found.get(0).span()) + "')");
    }

    @Override
    public Set<String> lexicons() {
        return frame != null ? frame.lexicons() : items.lexicons();
    }

    @Override
    public String toString() {
        return key() + ": " + value;
    }
}
