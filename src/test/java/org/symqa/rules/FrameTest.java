package org.symqa.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A frame on hand-tagged sentences: each anchor found becomes a mention, every other role goes to the anchor nearest
 * to it (by tokens between, the earlier one on a tie), and an anchor keeps the first match of each role; the
 * {@code frame:} line built on it.
 */
class FrameTest {

    private static Frame frame(String anchor, String... roles) {
        List<Frame.Role> all = new java.util.ArrayList<>();
        all.add(new Frame.Role("anchor", FramePattern.compile(anchor), 2));
        for (int i = 0; i < roles.length; i++) {
            all.add(new Frame.Role("r" + (i + 1), FramePattern.compile(roles[i]), 3 + i));
        }
        return new Frame("f", all, List.of(), List.of(), "rules/frames.rules", 1);
    }

    private static final Frame AR = frame("[{word:A}]", "[{word:r}]");

    /** Each anchor as "anchor@start-end[role@start-end ...]". */
    private static String found(Frame f, String tagged) {
        StringBuilder b = new StringBuilder();
        for (Mention m : f.find(Tagged.view(tagged))) {
            b.append(b.length() == 0 ? "" : " ").append(show(m)).append('[');
            b.append(String.join(" ", m.details().stream().map(FrameTest::show).toList())).append(']');
        }
        return b.toString();
    }

    private static String show(Mention m) {
        return m.role() + "@" + m.span().start() + "-" + m.span().end();
    }

    @Test
    void noAnchorNoMention() {
        assertEquals("", found(AR, "x r x"));
        assertEquals(List.of(), AR.find(Tagged.view("x r x")));
    }

    @Test
    void anAnchorWithoutRolesIsStillAMention() {
        assertEquals("anchor@1-2[]", found(AR, "x A x"));
    }

    @Test
    void rolesGoToTheNearestAnchorOnEitherSide() {
        assertEquals("anchor@0-1[] anchor@2-3[r1@5-6]", found(AR, "A x A x x r"));
        assertEquals("anchor@0-1[] anchor@8-9[r1@5-6]", found(AR, "A x x x x r x x A"));
        assertEquals("anchor@0-1[r1@2-3] anchor@8-9[]", found(AR, "A x r x x x x x A"));
        assertEquals("anchor@3-4[r1@0-1] anchor@6-7[]", found(AR, "r x x A x x A"));
        assertEquals("anchor@0-1[] anchor@3-4[r1@5-6]", found(AR, "A x x A x r"));
    }

    /** A role touching an anchor is at distance 0 from it. */
    @Test
    void aTouchingRoleBelongsToThatAnchor() {
        assertEquals("anchor@0-1[r1@1-2] anchor@4-5[]", found(AR, "A r x x A"));
        assertEquals("anchor@0-1[] anchor@4-5[r1@3-4]", found(AR, "A x x r A"));
    }

    @Test
    void onATieTheEarlierAnchorWins() {
        assertEquals("anchor@0-1[r1@2-3] anchor@4-5[]", found(AR, "A x r x A"));
        assertEquals("anchor@0-1[r1@1-2] anchor@2-3[]", found(AR, "A r A"));
    }

    @Test
    void anAnchorKeepsTheFirstMatchOfEachRole() {
        assertEquals("anchor@0-1[r1@1-2]", found(AR, "A r r"));
        assertEquals("anchor@0-1[r1@1-2] anchor@6-7[r1@5-6]", found(AR, "A r r x x r A"));
        Frame two = frame("[{word:A}]", "[{word:r}]", "[{word:s}]");
        assertEquals("anchor@0-1[r1@1-2 r2@2-3]", found(two, "A r s s r"));
    }

    /** The value group gives the spans: of the anchor itself, and of the role's mention. */
    @Test
    void mentionsUseValueSpans() {
        Frame f = frame("[{word:on}] (?$value [{word:A}])", "(?$value [{word:r}]) [{word:x}]");
        assertEquals("anchor@1-2[r1@3-4]", found(f, "on A x r x"));
    }

    /** An {@code (?$of ...)} group says where the role's anchor stands: it goes to the anchor nearest that group. */
    @Test
    void anOfGroupPicksTheAnchorInsteadOfTheWholeMatch() {
        Frame whole = frame("[{word:A}]", "(?$value [{word:r}]) [{word:x}] [{word:A}] [{word:x}] [{word:A}]");
        assertEquals("anchor@2-3[r1@0-1] anchor@4-5[]", found(whole, "r x A x A"));
        Frame of = frame("[{word:A}]", "(?$value [{word:r}]) [{word:x}] [{word:A}] [{word:x}] (?$of [{word:A}])");
        assertEquals("anchor@2-3[] anchor@4-5[r1@0-1]", found(of, "r x A x A"));
    }

    @Test
    void knowsItsLexiconsAndLocation() {
        Frame f = frame("@gpu", "@count [] @gpu", "@memory");
        assertEquals(List.of("gpu", "count", "memory"), List.copyOf(f.lexicons()));
        assertEquals("rules/frames.rules:1", f.location());
        assertEquals("anchor", f.anchor().name());
    }

    @Test
    void frameLineHoldsWhereTheAnchorIsAndNamesTheRolesFound() {
        FrameLine line = new FrameLine(AR);
        SentenceView s = Tagged.view("A r x A");
        assertTrue(line.test(s).holds());
        assertEquals(AR.find(s), line.test(s).mentions());
        assertSame(Condition.Outcome.FAILS, line.test(Tagged.view("x r")));
        assertEquals(new Condition.Check(true, 1, "frame: f (anchor='A', r1='r'; anchor='A')"), line.check(s));
        assertEquals(new Condition.Check(false, 0, "frame: f (no anchor found)"), line.check(Tagged.view("x r")));
    }

    @Test
    void frameLinePrintsAsWrittenAndFiltersOnTheAnchor() {
        Frame f = frame("@gpu", "@memory");
        FrameLine line = new FrameLine(f);
        assertSame(f, line.frame());
        assertEquals("frame", line.key());
        assertEquals("f", line.value());
        assertEquals("frame: f", line.toString());
        assertEquals(Set.of("gpu", "memory"), line.lexicons());
        assertEquals(new Prefilter.Lexicon("gpu"), line.prefilter());
        assertTrue(line.costly(), "frames run TokensRegex: checked after cheap lines");
    }
}
