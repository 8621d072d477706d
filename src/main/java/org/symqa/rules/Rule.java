package org.symqa.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A compiled evidence rule: its id, kind, where it was written and its conditions. It matches a sentence when every
 * {@code has:} line holds, no {@code not:} item is present and its pattern (if any) matches. Its
 * {@code toString()} prints its source.
 *
 * @param id      the rule id, e.g. {@code hardware.trained-on}
 * @param topic   the topic whose file holds it
 * @param kind    direct or related
 * @param file    the rule file as shown in messages
 * @param line    the line of {@code rule ID}
 * @param has     conditions that must all hold; the first one names the facts of a rule without a pattern
 * @param not     items that must all be absent (may be null)
 * @param pattern a TokensRegex frame (may be null); when present it names the facts: the terms of its lexicons
 *                inside the frame, or the whole frame
 * @param must    example sentences that must match
 * @param mustNot example sentences that must not match
 * @param source  the rule's lines as written
 */
public record Rule(String id, String topic, RuleKind kind, String file, int line, List<AnyOf> has, AnyOf not,
                   FramePattern pattern, List<Example> must, List<Example> mustNot, String source) {

    /** An example sentence and its line. */
    public record Example(String text, int line) {
    }

    public Rule {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        has = List.copyOf(has);
        must = List.copyOf(must);
        mustNot = List.copyOf(mustNot);
        if (has.isEmpty() && pattern == null) {
            throw new IllegalArgumentException("rule " + id + " has neither has: nor pattern:");
        }
    }

    /** {@code file:line} of the rule. */
    public String location() {
        return file + ":" + line;
    }

    /** The match in the sentence, or null when the rule does not match. */
    public RuleMatch match(SentenceView s) {
        if (not != null && !not.find(s).isEmpty()) {
            return null;
        }
        List<Span> facts = new ArrayList<>();
        for (int i = 0; i < has.size(); i++) {
            List<Span> found = has.get(i).find(s);
            if (found.isEmpty()) {
                return null;
            }
            if (i == 0) {
                facts.addAll(found);
            }
        }
        if (pattern != null) {
            Span frame = pattern.find(s);
            if (frame == null) {
                return null;
            }
            facts.clear();
            facts.addAll(termsWithin(s, frame, pattern.lexicons()));
        }
        return new RuleMatch(this, facts);
    }

    /** The terms of the pattern's lexicons inside a frame (its facts), or the whole frame when it holds none. */
    private static List<Span> termsWithin(SentenceView s, Span frame, List<String> lexicons) {
        List<Span> terms = new ArrayList<>();
        for (org.symqa.lexicon.TermHit h : s.hits()) {
            if (lexicons.contains(h.term().lexicon()) && h.start() >= frame.start() && h.end() <= frame.end()) {
                terms.add(new Span(h.start(), h.end()));
            }
        }
        return terms.isEmpty() ? List.of(frame) : terms;
    }

    @Override
    public String toString() {
        return source;
    }
}
