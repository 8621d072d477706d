package org.symqa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.symqa.answer.NearFinding;
import org.symqa.evidence.Fact;
import org.symqa.evidence.Verdict;
import org.symqa.prompt.AnswerFormat;
import org.symqa.prompt.Prompt;

/**
 * With the repository's rules, a reply that does not answer names what the rules of its topic's near topics
 * ({@code near.TOPIC} of rules/answers.txt) find, and the result records those findings.
 */
class NearTopicsTest {
    private static final String TUNING = "How are the hyperparameters of the model optimized (e.g., grid search, random "
            + "search)?";

    private static Result answer(String question, String... chunks) {
        return TestPipeline.get().answer(new Prompt(question, List.of(chunks), 0, AnswerFormat.PLAIN));
    }

    @Test
    void anUnansweredTuningQuestionNamesTheHyperparametersTheChunksGive() {
        Result r = answer(TUNING, "We trained the convolutional neural network with a learning rate of 0.001 and a batch "
                + "size of 32 for 50 epochs.", "The camera traps were placed along forest trails.");
        assertEquals(Verdict.NO_INFORMATION, r.finding().verdict());
        String first = r.answer().text().lines().findFirst().orElse("");
        assertTrue(first.startsWith("The context does not say how the hyperparameters of the model were optimized. The "
                + "context names these hyperparameters: "), first);
        assertTrue(first.contains("learning rate 0.001 [1]"), first);
        assertFalse(r.answer().facts().isEmpty());
        for (Fact f : r.answer().facts()) {
            assertTrue(f.rule().startsWith("hyperparameters.") || f.rule().startsWith("optimization-technique."),
                    f.rule());
        }
        assertEquals(List.of("hyperparameters", "optimization-technique"),
                r.near().stream().map(n -> n.topic()).toList());
    }

    @Test
    void anAnsweredQuestionAsksNoNearTopic() {
        Result r = answer(TUNING, "The learning rate and the batch size were chosen by a grid search over five values "
                + "each.");
        assertEquals(Verdict.ANSWERED, r.finding().verdict());
        assertEquals(List.of(), r.near());
    }

    @Test
    void nearTopicsThatFindNothingAddNoSentence() {
        Result r = answer(TUNING, "The camera traps were placed along forest trails.");
        assertEquals(Verdict.NO_INFORMATION, r.finding().verdict());
        assertFalse(r.answer().text().contains("hyperparameters:"), r.answer().text());
        assertEquals(List.of(), r.answer().facts());
        assertEquals(2, r.near().size());
    }

    @Test
    void nearTopicsRunOnlyTheirDirectRules() {
        // "trained for 100 epochs" is related evidence of hyperparameters (hyperparameters' own question says partial)
        String chunk = "The model was trained for 100 epochs.";
        Result own = answer("What are the hyperparameters used in the deep learning model (e.g., learning rate, "
                + "optimizer)?", chunk);
        assertEquals(Verdict.PARTIAL, own.finding().verdict());
        Result r = answer(TUNING, chunk);
        NearFinding hyper = r.near().stream().filter(n -> n.topic().equals("hyperparameters")).findFirst()
                .orElseThrow();
        assertEquals(Verdict.NO_INFORMATION, hyper.finding().verdict());
        assertEquals(List.of(), hyper.finding().evidence());
    }
}
