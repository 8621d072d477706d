package org.symqa.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.symqa.TestPipeline;
import org.symqa.rules.Item;
import org.symqa.rules.ItemParser;

/**
 * {@code rules check} reports items the tokenizer keeps from matching: a word it cuts into several tokens, and an
 * item that ends with an abbreviation written without the period the tokenizer keeps on it. Both backends agree.
 */
class ItemTokensTest {
    @TempDir
    Path dir;

    static List<String> backends() {
        return TestPipeline.BACKENDS;
    }

    /** The problems of one line holding the items, each written as in a rule file. */
    private static String check(String nlp, String... items) {
        List<ItemParser.Written> written = new ArrayList<>();
        int column = 8;
        for (String text : items) {
            written.add(new ItemParser.Written("rules/evidence/t.rules", 5, column, item(text)));
            column += text.length() + 3;
        }
        List<Problem> problems = new ArrayList<>();
        new ItemTokens(TestPipeline.annotator(nlp)).check(written, problems);
        return problems.stream().map(Problem::toString).collect(Collectors.joining("\n"));
    }

    private static Item item(String text) {
        if (text.startsWith("\"")) {
            String inner = text.substring(1, text.length() - 1);
            return new Item.Phrase(Arrays.asList(inner.split(" ")), inner);
        }
        return new Item.Lemma(text);
    }

    @ParameterizedTest
    @MethodSource("backends")
    void anItemEndingWithAnAbbreviationWithoutItsPeriodIsReported(String nlp) {
        assertEquals("rules/evidence/t.rules:5:8: item \"et al\" misses \"al.\" written with its period: the tokenizer "
                + "keeps \"al.\" as one token; write \"et al.\"", check(nlp, "\"et al\""));
        assertEquals("rules/evidence/t.rules:5:8: item etc misses \"etc.\" written with its period: the tokenizer "
                + "keeps \"etc.\" as one token; write etc.", check(nlp, "etc"));
    }

    @ParameterizedTest
    @MethodSource("backends")
    void aWordTheTokenizerCutsIsReported(String nlp) {
        assertEquals("rules/evidence/t.rules:5:8: item \"producer's accuracy\" never matches: the tokenizer cuts "
                + "\"producer's\" into \"producer\" \"'s\"; write \"producer 's accuracy\"",
                check(nlp, "\"producer's accuracy\""));
        assertEquals("rules/evidence/t.rules:5:8: item \"train/test\" never matches: the tokenizer cuts "
                + "\"train/test\" into \"train\" \"/\" \"test\"; write \"train / test\"", check(nlp, "\"train/test\""));
    }

    @ParameterizedTest
    @MethodSource("backends")
    void itemsWrittenAsTheTokenizerCutsTheTextAreNotReported(String nlp) {
        assertEquals("", check(nlp, "\"early stopping\"", "\"et al.\"", "etc.", "\"e.g.\"", "\"producer 's accuracy\"",
                "\"what 's the model for\"", "\"we 'd like to\"", "\"state-of-the-art\"", "\"tf.keras\""));
    }

    @ParameterizedTest
    @MethodSource("backends")
    void wordsThatAreNotAbbreviationsThereAreNotReported(String nlp) {
        // "max" keeps its period as an abbreviation, but inside a phrase it is the word; a letter is no initial
        assertEquals("", check(nlp, "\"max epochs\"", "\"a survey\"", "\"what is a\"", "x", "\"r package\""));
    }

    @ParameterizedTest
    @MethodSource("backends")
    void aLineThatAlsoHoldsTheFormWithThePeriodIsNotReported(String nlp) {
        assertEquals("", check(nlp, "al", "\"al.\""));
        assertEquals("", check(nlp, "\"et al\"", "\"et al.\""));
    }

    @Test
    void rulesCheckNamesTheItemAtItsLine() throws Exception {
        RuleFixture f = new RuleFixture(dir).rule("evidence/hardware.rules", """
                topic: hardware

                rule hardware.device
                  kind: direct
                  has: @hardware-device
                  not: should | "et al" | "user's guide"
                  must: We trained on a Tesla V100.
                """);
        CheckReport r = new RuleChecker(TestPipeline.annotator()).check(f.rulesSource(), f.lexiconSource());
        assertEquals("rules/evidence/hardware.rules:6:17: item \"et al\" misses \"al.\" written with its period: "
                + "the tokenizer keeps \"al.\" as one token; write \"et al.\"\n"
                + "rules/evidence/hardware.rules:6:27: item \"user's guide\" never matches: the tokenizer cuts "
                + "\"user's\" into \"user\" \"'s\"; write \"user 's guide\"",
                r.problems().stream().map(Problem::toString).collect(Collectors.joining("\n")));
    }
}
