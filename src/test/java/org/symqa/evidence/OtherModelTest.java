package org.symqa.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;
import org.symqa.Symqa;
import org.symqa.TestPipeline;
import org.symqa.resources.KeyValueFile;
import org.symqa.resources.SourceException;
import org.symqa.rules.ItemParser;
import org.symqa.rules.SentenceView;

/**
 * A step told next to the study's statistical model (rules/background.txt, other-model*): which sentences it takes,
 * how far back it looks, and only where the prompt names deep learning elsewhere.
 */
class OtherModelTest {
    private static final String MIXED = "We modelled weekly detections with generalised linear mixed models.";
    private static final String SCALED = "Before fitting, we log-transformed park area and scaled all covariates.";
    private static final String PLAIN = "Sites lay between 20 and 1,050 m above sea level.";

    private final Symqa symqa = TestPipeline.get();

    private Background background(String lines, String replacement) throws Exception {
        String text = Files.readString(Path.of("rules", "background.txt")).replaceAll(lines, replacement);
        return Background.from(KeyValueFile.parse("background.txt", text), new ItemParser(symqa.ruleSet().lexicons()));
    }

    private OtherModel otherModel() throws Exception {
        return background("x^", "").otherModel();
    }

    private IntFunction<SentenceView> chunk(String... sentences) {
        List<SentenceView> views = java.util.Arrays.stream(sentences).map(symqa::questionView).toList();
        return views::get;
    }

    @Test
    void aStepRightAfterAStatisticalModelIsThatModelsStep() throws Exception {
        OtherModel m = otherModel();
        assertTrue(m.test("preprocessing", 1, chunk(MIXED, SCALED), () -> true));
        assertTrue(m.test("preprocessing", 0, chunk("All covariates were scaled before the GLMM was fitted."),
                () -> true), "the model named in the sentence itself");
    }

    @Test
    void aDeepLearningWordOnTheWayBackEndsTheSearch() throws Exception {
        OtherModel m = otherModel();
        assertFalse(m.test("preprocessing", 1, chunk(MIXED, "Before training the network, we scaled all images."),
                () -> true), "the sentence itself names the network");
        assertFalse(m.test("preprocessing", 2, chunk(MIXED, "The classifier labelled every image.", SCALED),
                () -> true), "the nearer sentence names a classifier");
        assertFalse(m.test("preprocessing", 1, chunk("The GLMM took the labels the classifier assigned.", SCALED),
                () -> true), "a sentence naming both kinds does not make the step the statistical model's");
    }

    @Test
    void theReachCountsSentencesBack() throws Exception {
        OtherModel m = otherModel();
        assertEquals(10, m.reach(), "rules/background.txt sets other-model-reach: 10");
        assertTrue(m.test("preprocessing", m.reach(), chunk(sentences(m.reach() - 1)), () -> true),
                "the reach's number of sentences back");
        assertFalse(m.test("preprocessing", m.reach() + 1, chunk(sentences(m.reach())), () -> true),
                "one more sentence back is out of reach");
        assertFalse(m.test("preprocessing", 0, chunk(SCALED), () -> true), "no model named at all");
    }

    /** The model's sentence, {@code plain} sentences that name no model, then the step. */
    private static String[] sentences(int plain) {
        String[] out = new String[plain + 2];
        java.util.Arrays.fill(out, PLAIN);
        out[0] = MIXED;
        out[plain + 1] = SCALED;
        return out;
    }

    @Test
    void onlyAPromptThatNamesDeepLearningHasTwoKindsOfModel() throws Exception {
        OtherModel m = otherModel();
        assertFalse(m.test("preprocessing", 1, chunk(MIXED, SCALED), () -> false),
                "without deep learning in the prompt the statistical model is the study's only model");
    }

    @Test
    void onlyTheListedTopicsAreAsked() throws Exception {
        OtherModel m = otherModel();
        assertTrue(m.topics().contains("evaluation-metrics"));
        assertTrue(m.topics().contains("data-repository"));
        assertFalse(m.topics().contains("model-type"), "a statistical model is no deep-learning model type: "
                + "model-type's own rules tell them apart");
        assertFalse(m.test("model-type", 1, chunk(MIXED, SCALED), () -> true));
    }

    @Test
    void aPromptWithANetworkAnswersNotFromTheStatisticalModelsStep() throws Exception {
        String stats = "2.4. Statistical analysis\nWe modelled weekly detections with generalised linear mixed models. "
                + "Before fitting, we log-transformed park area, centred and scaled all continuous covariates.";
        String network = "2.3. Species labels\nA convolutional neural network assigned a species to every image.";
        String question = "What preprocessing steps are involved before training a deep learning model (e.g., "
                + "normalization, scaling, cleaning)?";
        org.symqa.Result both = symqa.answer(prompt(question, stats, network));
        assertEquals(Verdict.PARTIAL, both.finding().verdict(), both.answer().text());
        assertTrue(both.finding().log().decisions().stream().anyMatch(d -> d.contains("preprocessing.")
                && d.contains("the study's statistical model, not its network")), both.finding().log().decisions()
                .toString());
        org.symqa.Result alone = symqa.answer(prompt(question, stats, "2.1. Study area\nThe parks lie in Toronto."));
        assertEquals(Verdict.ANSWERED, alone.finding().verdict(), "without a network the study's only model is the "
                + "statistical one: " + alone.answer().text());
    }

    private static String prompt(String question, String... chunks) {
        return "Use the following pieces of context to answer the question at the end. If you don't know the answer, "
                + "just say that you don't know, don't try to make up an answer.\n\n" + String.join("\n\n", chunks)
                + "\n\nQuestion: " + question + "\nHelpful Answer:";
    }

    @Test
    void theReachStaysWithinItsBounds() throws Exception {
        assertEquals(0, background("(?m)^other-model-reach: .*$", "other-model-reach: 0").otherModel().reach());
        assertEquals(OtherModel.MAX_REACH, background("(?m)^other-model-reach: .*$", "other-model-reach: "
                + OtherModel.MAX_REACH).otherModel().reach());
        for (String bad : new String[] {"-1", String.valueOf(OtherModel.MAX_REACH + 1), "1.5"}) {
            SourceException e = assertThrows(SourceException.class,
                    () -> background("(?m)^other-model-reach: .*$", "other-model-reach: " + bad));
            assertTrue(e.getMessage().contains("must be a whole number from 0 to " + OtherModel.MAX_REACH),
                    e.getMessage());
        }
        OtherModel m = otherModel();
        assertThrows(IllegalArgumentException.class, () -> new OtherModel(m.model(), m.deep(), -1, m.topics()));
        assertThrows(IllegalArgumentException.class,
                () -> new OtherModel(m.model(), m.deep(), OtherModel.MAX_REACH + 1, m.topics()));
        assertThrows(IllegalArgumentException.class,
                () -> new OtherModel(m.model(), m.deep(), 2, new java.util.TreeSet<>(List.of(" "))));
    }

    @Test
    void theTopicsKeepTheirOrder() throws Exception {
        assertEquals(new java.util.TreeSet<>(otherModel().topics()).toString(), otherModel().topics().toString());
        assertTrue(otherModel().toString().contains("topics [code-repository, code-repository-link, data-augmentation, data-bias"),
                otherModel().toString());
    }

    @Test
    void theKeysGoTogether() throws Exception {
        assertNull(background("(?m)^other-model.*$", "").otherModel(), "no other-model lines: none");
        SourceException alone = assertThrows(SourceException.class,
                () -> background("(?m)^other-model: .*$", ""));
        assertTrue(alone.getMessage().contains("without an other-model: line"), alone.getMessage());
        SourceException missing = assertThrows(SourceException.class,
                () -> background("(?m)^other-model-deep: .*$", ""));
        assertTrue(missing.getMessage().matches("background\\.txt:\\d+:1: other-model: needs other-model-deep:"),
                missing.getMessage());
        SourceException none = assertThrows(SourceException.class,
                () -> background("(?m)^other-model-topics: .*$", "other-model-topics: | "));
        assertTrue(none.getMessage().contains("names no topic"), none.getMessage());
    }
}
