package org.symqa.evidence.general;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.symqa.TestPipeline;
import org.symqa.lexicon.LexiconLibrary;
import org.symqa.resources.ResourceSource;
import org.symqa.resources.SourceException;
import org.symqa.rules.BlockFile;
import org.symqa.rules.ItemParser;

/** Question analysis on the repository's rules, and one-line errors for broken question type files. */
class QuestionTypesTest {
    private static final GeneralEvidenceFinder FINDER = new GeneralEvidenceFinder(
            TestPipeline.get().ruleSet().general(), TestPipeline.get().ruleSet().background(),
            TestPipeline.get()::questionView, TestPipeline.get()::view);

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Did telemonitoring reduce readmissions?                     | yes-no     | [telemonitoring, readmission]",
        "What is code-mixing?                                        | definition | [code-mixing]",
        "How was asthma defined?                                     | definition | [asthma, define]",
        "For how long was the capsule taken?                         | duration   | [capsule]",
        "How many residents took part in the trial?                  | number     | [resident, trial]",
        "What was the mean age of participants?                      | number     | [participant]",
        "Between which years were the occurrences compiled?          | date       | [occurrence, compile]",
        "In which city were the children born?                       | place      | [child, bear]",
        "Who digitised the newspapers?                               | agent      | [digitise, newspaper]",
        "What caused most failures?                                  | reason     | [failure]",
        "Which mouse strain was used?                                | entity     | [mouse, strain]",
        "What was the objective of this study?                       | other      | [objective]"})
    void typeAndContentWords(String question, String type, String keys) {
        Question q = FINDER.analyse(question);
        assertEquals(type, q.type().name());
        assertEquals(keys, q.keys().toString());
    }

    @Test
    void focusHeadIsTheLastNounOfTheFirstNounGroupAndTheVerbOfDoSupportIsLast() {
        assertEquals("strain", FINDER.analyse("Which mouse strain was used?").headLemma());
        Question q = FINDER.analyse("What does the Flesch-Kincaid grade level estimate?");
        assertEquals("estimate", q.verbLemma());
        assertEquals("level", q.headLemma());
        // a yes/no question's words of direction are what it asks, not what a sentence must hold
        assertEquals("[expression, srebf1, fast, mouse]",
                FINDER.analyse("Did expression of Srebf1 increase in fasted mice?").keys().toString());
    }

    private static String error(String text) {
        LexiconLibrary lexicons = new LexiconLibrary(ResourceSource.directory(Path.of("lexicons"), "lexicons"),
                s -> List.of(s.strip().split("\\s+")));
        SourceException e = assertThrows(SourceException.class,
                () -> QuestionTypes.compile(BlockFile.parse("q.rules", text), new ItemParser(lexicons)));
        return e.getMessage();
    }

    @Test
    void brokenFilesStopWithFileLineAndColumn() {
        assertEquals("q.rules:2:3: unknown key 'ask' (expected one of asks, asks-frame, not, answer, needs, rewrite, "
                + "must, must-not)", error("type a\n  ask: how\n"));
        assertEquals("q.rules:1:1: type a has no 'answer:' line", error("type a\n  asks: how\n"));
        assertEquals("q.rules:2:11: unknown answer shape 'digits' (expected polar, number, date, place, name or "
                + "clause)", error("type a\n  answer: digits\n"));
        assertEquals("q.rules:3:1: type b comes after the fallback type a (a type without asks lines must come last)",
                error("type a\n  answer: clause\ntype b\n  asks: how\n  answer: number\n"));
        assertEquals("q.rules:1:1: the last question type must be a fallback without asks lines",
                error("type a\n  asks: how\n  answer: number\n"));
        assertEquals("q.rules:3:12: a rewrite needs exactly one ANSWER",
                error("type a\n  answer: number\n  rewrite: FOCUS ... be\n"));
        assertEquals("q.rules:3:18: unclosed \"", error("type a\n  answer: number\n  rewrite: FOCUS \"be ANSWER\n"));
        assertEquals("q.rules:3:18: unknown lexicon 'nothing-here' (no lexicons/nothing-here.txt)",
                error("type a\n  answer: number\n  rewrite: FOCUS @nothing-here ANSWER\n"));
    }
}
