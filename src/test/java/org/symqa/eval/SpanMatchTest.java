package org.symqa.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.symqa.evidence.Verdict;

/** Span matching as SQuAD does it, the span tally's shares, and the word-overlap baseline's threshold. */
class SpanMatchTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void normalizesCasePunctuationAndArticles() {
        assertEquals(List.of("haizhu", "wetland"), SpanMatch.tokens("The Haizhu Wetland."));
        assertTrue(SpanMatch.exact("the F test", List.of("F test")));
        assertFalse(SpanMatch.exact("F", List.of("F test")));
    }

    @Test
    void tokenF1IsTheBestOverTheGoldAlternatives() {
        assertEquals(1.0, SpanMatch.f1("412 residents", List.of("412 residents", "412")), 1e-9);
        // precision 1/2, recall 1: 2/3
        assertEquals(2.0 / 3, SpanMatch.f1("412 residents", List.of("412")), 1e-9);
        assertEquals(0.0, SpanMatch.f1("14", List.of("412 residents")), 1e-9);
        assertEquals(0.0, SpanMatch.f1("", List.of("412")), 1e-9);
    }

    private static GoldItem item(String id, boolean answerable, String... answers) throws Exception {
        return GoldItem.of(JSON.readTree(JSON.writeValueAsString(java.util.Map.of("id", id, "answerable", answerable,
                "question", "How many?", "answers", List.of(answers)))));
    }

    private static Prediction said(String id, String span) {
        return new Prediction(id, Verdict.ANSWERED, span == null ? "x" : span, List.of(), List.of(), span);
    }

    @Test
    void tallyCountsExactPartialAndSquad2() throws Exception {
        SpanTally t = new SpanTally();
        t.add(item("a", true, "412 residents"), said("a", "412 residents"));          // exact, f1 1
        t.add(item("b", true, "five-point scale"), said("b", "a five-point scale")); // exact after normalizing
        t.add(item("c", true, "one two"), said("c", "one three"));                   // f1 0.5: partial (the boundary)
        t.add(item("d", true, "one two three"), said("d", "one four five six"));     // f1 2/7: not partial
        t.add(item("e", false), said("e", "x"));                                     // unanswerable, answered: 0
        t.add(item("f", false), new Prediction("f", Verdict.PARTIAL, "", List.of(), List.of(), null)); // 1
        assertTrue(t.any());
        double f1d = 2.0 * (1.0 / 4) * (1.0 / 3) / (1.0 / 4 + 1.0 / 3);
        String mean = PyText.fixed3((1 + 1 + 0.5 + f1d) / 4);
        String squad = PyText.fixed3((1 + 1 + 0.5 + f1d + 0 + 1) / 6);
        assertEquals(String.format("%-24s answered=   4 exact=0.500 partial=0.750 f1=%s squad2-f1=%s", "spans",
                mean, squad), t.row("spans"));
    }

    @Test
    void predictionsWithoutSpansPrintNoSpanRow() throws Exception {
        SpanTally t = new SpanTally();
        t.add(item("a", true, "412"), said("a", null));
        assertFalse(t.any());
    }

    @Test
    void baselineAnswersFromTheThresholdOn() throws Exception {
        ScoreWords words = ScorerAgreementTest.words();
        List<String> sentences = List.of("Counts were made at dawn.", "Grazing pressure did not explain variation.");
        // content words of the question: grazing, pressure, explain, richness; the second sentence holds 3 of 4
        String q = "Did grazing pressure explain richness?";
        Prediction at = new OverlapBaseline(words, 0.75).predict("x", q, sentences);
        assertEquals(Verdict.ANSWERED, at.verdict());
        assertEquals(sentences.get(1), at.span());
        assertEquals(List.of(sentences.get(1)), at.evidence());
        assertEquals(Verdict.NO_INFORMATION, new OverlapBaseline(words, 0.76).predict("x", q, sentences).verdict());
    }
}
