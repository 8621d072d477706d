package org.symqa.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A rule built from lines, on hand-tagged sentences: it needs a has:, pattern: or frame: line; every line must hold;
 * its facts come from the frame, else the pattern, else the first has: line, unless a fact: line finds some; a match
 * is negated only when every fact is; mentions of empty spans are never negated.
 */
class RuleTest {
    private static HasLine has(String... lemmas) {
        return new HasLine(new AnyOf(java.util.Arrays.stream(lemmas).map(l -> (Item) new Item.Lemma(l)).toList()),
                String.join(" | ", lemmas));
    }

    private static Rule rule(Condition... lines) {
        return new Rule("t.x", "t", RuleKind.DIRECT, "rules/evidence/t.rules", 3, List.of(lines),
                List.of(new Example("a GPU", 5)), List.of(new Example("no GPU", 6)), "rule t.x");
    }

    private static List<Span> facts(RuleMatch m) {
        return m.facts().stream().map(Mention::span).toList();
    }

    @Test
    void aRuleNeedsALineThatFindsSomething() {
        NotLine not = new NotLine(new AnyOf(List.of(new Item.Lemma("future"))), "future");
        assertThrows(IllegalArgumentException.class, () -> rule(not));
        assertThrows(IllegalArgumentException.class,
                () -> rule(new FactLine(new AnyOf(List.of(new Item.Lemma("gpu"))), null, "gpu")));
        assertEquals(1, rule(new PatternLine(FramePattern.compile("[{word:a}]"))).conditions().size());
        Frame f = new Frame("f", List.of(new Frame.Role("a", FramePattern.compile("[{word:a}]"), 2)), List.of(), List.of(),
                "rules/frames.rules", 1);
        assertEquals(2, rule(not, new FrameLine(f)).conditions().size());
    }

    @Test
    void knowsWhereItComesFrom() {
        Rule r = rule(has("gpu"));
        assertEquals("t.x", r.id());
        assertEquals("t", r.topic());
        assertEquals(RuleKind.DIRECT, r.kind());
        assertEquals("rules/evidence/t.rules", r.file());
        assertEquals(3, r.line());
        assertEquals("rules/evidence/t.rules:3", r.location());
        assertEquals(List.of(new Example("a GPU", 5)), r.must());
        assertEquals(List.of(new Example("no GPU", 6)), r.mustNot());
        assertEquals("rule t.x", r.toString());
    }

    @Test
    void everyLineMustHold() {
        Rule r = rule(has("train"), new NotLine(new AnyOf(List.of(new Item.Lemma("future"))), "future"), has("gpu"));
        assertEquals(List.of(new Span(1, 2)), facts(r.match(Tagged.view("We trained/train on GPUs/gpu"))));
        assertNull(r.match(Tagged.view("We trained/train on CPUs")));
        assertNull(r.match(Tagged.view("In future trained/train on GPUs/gpu")));
    }

    @Test
    void factsComeFromThePatternBeforeTheHasLine() {
        PatternLine p = new PatternLine(FramePattern.compile("[{word:on}] [{lemma:gpu}]"));
        Rule r = rule(has("train"), p);
        assertSame(p, r.factLine());
        assertEquals(List.of(new Span(2, 4)), facts(r.match(Tagged.view("We trained/train on GPUs/gpu"))));
    }

    @Test
    void aFactLineNamesTheFactsWhenItFindsSome() {
        Rule r = rule(has("train"), new FactLine(new AnyOf(List.of(new Item.Lemma("gpu"))), null, "gpu"));
        assertEquals(List.of(new Span(3, 4)), facts(r.match(Tagged.view("We trained/train on GPUs/gpu"))));
        assertEquals(List.of(new Span(1, 2)), facts(r.match(Tagged.view("We trained/train on CPUs"))));
    }

    @Test
    void aMatchIsNegatedOnlyWhenEveryFactIs() {
        assertFalse(new RuleMatch(null, List.of()).negated());
        Mention yes = new Mention(new Span(0, 1), null, true, List.of());
        Mention no = new Mention(new Span(1, 2), null, false, List.of());
        assertTrue(new RuleMatch(null, List.of(yes, yes)).negated());
        assertFalse(new RuleMatch(null, List.of(yes, no)).negated());
    }

    /** A mention is negated when its first token is; an empty span has no first token, even at the end. */
    @Test
    void mentionsAreNegatedByTheirFirstToken() {
        boolean[] mask = {false, true, true};
        Mention m = new Mention(new Span(1, 3), "r", false, List.of(new Mention(new Span(0, 1), "d", false, List.of())));
        Mention marked = m.negatedBy(mask);
        assertTrue(marked.negated());
        assertFalse(marked.details().get(0).negated());
        assertFalse(new Mention(new Span(0, 2), "r", false, List.of()).negatedBy(mask).negated());
        assertFalse(new Mention(new Span(1, 1), "r", false, List.of()).negatedBy(mask).negated());
        assertFalse(new Mention(new Span(3, 3), "r", false, List.of()).negatedBy(mask).negated());
    }

    @Test
    void thePrefilterJoinsEveryLinesPrefilter() {
        Rule r = rule(has("train"), new NotLine(new AnyOf(List.of(new Item.Lemma("future"))), "future"),
                new PatternLine(FramePattern.compile("@gpu")));
        assertTrue(r.prefilter() instanceof Prefilter.All all && all.parts().size() == 2
                && all.parts().get(1).equals(new Prefilter.Lexicon("gpu")), r.prefilter().toString());
        assertEquals(List.of("gpu"), List.copyOf(r.lexicons()));
    }
}
