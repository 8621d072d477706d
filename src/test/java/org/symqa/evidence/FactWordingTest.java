package org.symqa.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.symqa.Result;
import org.symqa.TestPipeline;
import org.symqa.TsvRows;
import org.symqa.prompt.AnswerFormat;
import org.symqa.prompt.Prompt;

/**
 * testdata/facts/wording.tsv: on each NLP backend, the topic's study question over a sentence is answered, states
 * the facts the line names word for word, and states none that the line's pattern finds (a fragment, a mis-paired
 * value, a generic word).
 */
class FactWordingTest {
    record Case(int line, String topic, String sentence, List<String> facts, Pattern never) {
        @Override
        public String toString() {
            return "line " + line + ": " + topic + " / " + sentence;
        }
    }

    static List<Case> cases() throws IOException {
        List<Case> out = new ArrayList<>();
        for (TsvRows.Row r : TsvRows.read(Path.of("testdata/facts/wording.tsv"), "topic\t")) {
            String[] f = r.fields();
            assertEquals(4, f.length, "testdata/facts/wording.tsv:" + r.line() + ": four columns");
            out.add(new Case(r.line(), f[0], f[1], f[2].equals("-") ? List.of() : List.of(f[2].split(" \\| ")),
                    f[3].equals("-") ? null : Pattern.compile(f[3])));
        }
        return out;
    }

    static Stream<Arguments> casesOnEachBackend() throws IOException {
        List<Arguments> out = new ArrayList<>();
        for (String nlp : TestPipeline.BACKENDS) {
            for (Case c : cases()) {
                out.add(Arguments.of(nlp, c));
            }
        }
        return out.stream();
    }


    private static List<String> texts(List<Fact> facts) {
        List<String> out = new ArrayList<>();
        for (Fact f : facts) {
            out.add(f.text());
            out.addAll(texts(f.details()));
        }
        return out;
    }

    @ParameterizedTest
    @MethodSource("casesOnEachBackend")
    void theAnswerStatesTheFactsAsWordedAndNoFragment(String nlp, Case c) throws IOException {
        String question = TsvRows.questions().get(c.topic());
        Result r = TestPipeline.get(nlp).answer(new Prompt(question, List.of(c.sentence()), 0, AnswerFormat.PLAIN));
        assertEquals(Verdict.ANSWERED, r.finding().verdict(), r.answer().text());
        List<String> stated = texts(r.answer().facts());
        assertFalse(stated.isEmpty(), r.answer().text());
        for (String want : c.facts()) {
            assertTrue(stated.contains(want), "missing " + want + " in " + stated);
        }
        for (String s : stated) {
            assertFalse(c.never() != null && c.never().matcher(s).find(), "stated " + s + " in " + stated);
        }
    }

    @Test
    void everyLineNamesAKnownTopic() throws IOException {
        Map<String, String> q = TsvRows.questions();
        for (Case c : cases()) {
            assertTrue(q.containsKey(c.topic()), c.toString());
        }
        assertTrue(cases().size() >= 5);
    }
}
