package org.symqa.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.symqa.Result;
import org.symqa.Symqa;
import org.symqa.TestPipeline;
import org.symqa.TsvRows;
import org.symqa.evidence.Fact;
import org.symqa.evidence.Verdict;
import org.symqa.prompt.Prompt;

/**
 * testdata/negation/pairs.tsv: for each pair, the sentence that says a method was used is answered and names it; the
 * sentence that says it was not never lists it as used.
 */
class NegationPairsTest {
    private final Symqa symqa = TestPipeline.get();

    record Pair(int line, String topic, String fact, String negated, String plain) {
        @Override
        public String toString() {
            return "line " + line + ": " + topic + " / " + fact;
        }
    }

    static Stream<Pair> pairs() throws IOException {
        List<Pair> out = new ArrayList<>();
        for (TsvRows.Row r : TsvRows.read(Path.of("testdata/negation/pairs.tsv"), "topic\t")) {
            String[] f = r.fields();
            out.add(new Pair(r.line(), f[0], f[1], f[2], f[3]));
        }
        return out.stream();
    }


    private Result answer(String topic, String sentence) throws IOException {
        return symqa.answer(new Prompt(TsvRows.questions().get(topic), List.of(sentence), 0, org.symqa.prompt.AnswerFormat.PLAIN));
    }

    private static boolean names(List<Fact> facts, String fact, boolean negated) {
        String want = fact.toLowerCase(Locale.ROOT);
        return facts.stream().anyMatch(f -> f.negated() == negated && f.text().toLowerCase(Locale.ROOT).contains(want));
    }

    @ParameterizedTest
    @MethodSource("pairs")
    void plainSentenceIsAnsweredAndNamesTheFact(Pair p) throws IOException {
        Result r = answer(p.topic(), p.plain());
        assertEquals(Verdict.ANSWERED, r.finding().verdict(), r.answer().text());
        assertTrue(names(r.answer().facts(), p.fact(), false), r.answer().facts().toString());
    }

    @ParameterizedTest
    @MethodSource("pairs")
    void negatedSentenceNeverListsTheFactAsUsed(Pair p) throws IOException {
        Result r = answer(p.topic(), p.negated());
        assertFalse(names(r.answer().facts(), p.fact(), false), r.answer().text());
        assertFalse(r.answer().text().contains("named in the context: " + p.fact()), r.answer().text());
    }

    @org.junit.jupiter.api.Test
    void setCoversAtLeastFortyPairsAndTenTopics() throws IOException {
        List<Pair> all = pairs().toList();
        assertTrue(all.size() >= 40, "pairs: " + all.size());
        assertTrue(all.stream().map(Pair::topic).distinct().count() >= 10);
    }
}
