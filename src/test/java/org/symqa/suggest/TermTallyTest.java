package org.symqa.suggest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Counting and ranking: the minimum count, the quoted-or-near filter, the smoothed score, ties by term, top. */
class TermTallyTest {
    private static ItemTerm seen(boolean quoted, boolean near) {
        ItemTerm t = new ItemTerm();
        t.quoted = quoted;
        t.near = near;
        t.written.add("x");
        return t;
    }

    private static Map<String, ItemTerm> item(Object... termAndFlags) {
        Map<String, ItemTerm> out = new TreeMap<>();
        for (int i = 0; i < termAndFlags.length; i += 2) {
            out.put((String) termAndFlags[i], (ItemTerm) termAndFlags[i + 1]);
        }
        return out;
    }

    private static SuggestSettings settings(int minCount, int top) {
        return new SuggestSettings(3, 5, minCount, 2, top);
    }

    /** Four items: three answerable (one answered now), one unanswerable. */
    private static TermTally tally() {
        TermTally t = new TermTally();
        t.add(item("alpha", seen(true, false), "beta", seen(false, false), "gamma", seen(false, true)), true, true);
        t.add(item("alpha", seen(false, false), "beta", seen(true, false), "delta", seen(true, false)), true, false);
        t.add(item("beta", seen(false, false), "gamma", seen(false, false), "delta", seen(false, true),
                "zeta", seen(false, false)), true, false);
        t.add(item("alpha", seen(false, false), "omega", seen(false, false)), false, true);
        return t;
    }

    @Test
    void countsItemsAndRanksBySmoothedPrecisionThenTerm() {
        Suggestions s = tally().suggestions("topic", 6, settings(2, 10));
        assertEquals(3, s.answerable());
        assertEquals(1, s.unanswerable());
        assertEquals(1, s.answeredAnswerable());
        assertEquals(1, s.answeredUnanswerable());
        assertEquals(0.75, s.base(), 1e-12);
        // beta, delta, gamma: 3|2|2 answerable, 0 unanswerable; alpha: 2 answerable, 1 unanswerable
        assertEquals(List.of("beta", "delta", "gamma", "alpha"), s.candidates().stream().map(Candidate::term).toList());
        Candidate beta = s.candidates().get(0);
        assertEquals((3 + 2 * 0.75) / (3 + 0 + 2), beta.score(), 1e-12);
        assertEquals(List.of(3, 0, 1, 0, 2), List.of(beta.answerable(), beta.unanswerable(), beta.quoted(), beta.near(),
                beta.missed()));
        Candidate alpha = s.candidates().get(3);
        assertEquals(2.0 / 3, alpha.precision(), 1e-12);
        assertEquals((2 + 2 * 0.75) / (2 + 1 + 2), alpha.score(), 1e-12);
        assertEquals(1, alpha.missed());
        assertEquals(0, alpha.atRisk()); // its unanswerable item is answered now (wrongly): nothing more to lose there
        // delta and gamma tie on every count: the term decides
        assertEquals(s.candidates().get(1).score(), s.candidates().get(2).score());
    }

    @Test
    void missedAndAtRiskCountTheItemsSymqaDoesNotAnswerNow() {
        TermTally t = new TermTally();
        t.add(item("x", seen(true, false)), true, true);
        t.add(item("x", seen(false, false)), true, false);
        t.add(item("x", seen(false, false)), false, true);
        t.add(item("x", seen(false, false)), false, false);
        t.add(item("x", seen(false, false)), false, false);
        Candidate x = t.suggestions("t", 6, settings(1, 10)).candidates().get(0);
        assertEquals(List.of(2, 3, 1, 2), List.of(x.answerable(), x.unanswerable(), x.missed(), x.atRisk()));
    }

    @Test
    void minCountIsAtLeastNotMoreThan() {
        assertEquals(List.of("beta", "delta", "gamma", "alpha"),
                tally().suggestions("t", 6, settings(2, 10)).candidates().stream().map(Candidate::term).toList());
        assertEquals(List.of("beta"),
                tally().suggestions("t", 6, settings(3, 10)).candidates().stream().map(Candidate::term).toList());
    }

    @Test
    void termsNeitherQuotedNorNearAreNotProposed() {
        // zeta stands in an answerable item but is never quoted or near a rule term: not proposed
        assertEquals(List.of("alpha", "beta", "delta", "gamma"), tally().suggestions("t", 6, settings(1, 10)).candidates()
                .stream().map(Candidate::term).sorted().toList());
    }

    @Test
    void topKeepsTheBestAndCountsTheRest() {
        Suggestions s = tally().suggestions("t", 6, settings(2, 2));
        assertEquals(List.of("beta", "delta"), s.candidates().stream().map(Candidate::term).toList());
        assertEquals(4, s.proposed());
    }

    @Test
    void fixedTermsAreReportedWhateverTheirCountsAndSources() {
        SuggestSettings only = new SuggestSettings(3, 5, 3, 2, 10, java.util.Set.of("zeta", "omega", "alpha", "nowhere"));
        Suggestions s = tally().suggestions("t", 6, only);
        // zeta and omega are neither quoted nor near, and below the minimum count; alpha is a candidate anyway
        assertEquals(List.of("zeta", "alpha", "omega"), s.candidates().stream().map(Candidate::term).toList());
        assertEquals(List.of("nowhere"), s.absent());
        assertEquals(0.0, s.candidates().get(2).precision());
    }

    @Test
    void fixedTermsMustBeWrittenAsTheTableShowsThem() {
        assertThrows(IllegalArgumentException.class, () -> new SuggestSettings(3, 5, 1, 2, 10, java.util.Set.of("Flip")));
        assertThrows(IllegalArgumentException.class, () -> new SuggestSettings(3, 5, 1, 2, 10, java.util.Set.of("a  b")));
        assertThrows(IllegalArgumentException.class, () -> new SuggestSettings(2, 5, 1, 2, 10, java.util.Set.of("a b c")));
        assertEquals(java.util.Set.of("a b"), new SuggestSettings(2, 5, 1, 2, 10, java.util.Set.of("a b")).terms());
    }

    @Test
    void directCoverComesBeforeRelatedAndLabelsByItems() {
        TermTally t = new TermTally();
        ItemTerm a = seen(true, false);
        a.relatedCover.add("outlier");
        t.add(item("x", a), true, false);
        ItemTerm b = seen(true, false);
        b.relatedCover.add("outlier");
        t.add(item("y", b), true, false);
        ItemTerm c = seen(true, false);
        c.directCover.add("@preprocessing-op");
        c.relatedCover.add("outlier");
        t.add(item("y", c), true, false);
        List<Candidate> got = t.suggestions("t", 6, settings(1, 10)).candidates();
        assertEquals(List.of("x", "y"), got.stream().map(Candidate::term).toList());
        assertEquals("outlier (related)", got.get(0).covered());
        assertEquals("@preprocessing-op", got.get(1).covered());
    }
}
