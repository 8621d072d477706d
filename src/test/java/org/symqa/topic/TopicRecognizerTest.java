package org.symqa.topic;

import org.symqa.rules.Example;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.symqa.Symqa;
import org.symqa.TestPipeline;
import org.symqa.rules.Rule;

class TopicRecognizerTest {
    private final Symqa symqa = TestPipeline.get();
    private final TopicRecognizer recognizer = new CueTopicRecognizer(symqa.ruleSet().topics(), symqa::questionView);

    @Test
    void everyTopicExampleIsRecognised() {
        List<String> failures = new ArrayList<>();
        for (Topic t : symqa.ruleSet().topics().topics()) {
            for (Example e : t.must()) {
                List<String> got = recognizer.recognise(e.text()).topics();
                if (!got.get(0).equals(t.id())) {
                    failures.add(t.file() + ":" + e.line() + ": '" + e.text() + "' gave " + got + ", expected " + t.id());
                }
            }
            for (Example e : t.mustNot()) {
                if (recognizer.recognise(e.text()).topics().contains(t.id())) {
                    failures.add(t.file() + ":" + e.line() + ": '" + e.text() + "' must not be " + t.id());
                }
            }
        }
        assertEquals("", String.join("\n", failures));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Which GPU did they train on?|hardware",
        "What kind of graphics card was used to fit the network?|hardware",
        "Which optimizer did the authors use?|optimization-technique",
        "How did they decide when to stop training?|stopping-criteria",
        "How many trees were planted in 2019?|general",
        "Who funded the field campaign?|general"})
    void recognisesParaphrases(String question, String topic) {
        assertEquals(topic, recognizer.recognise(question).topics().get(0));
    }

    /** The numbers of the repository's topics.rules header, each pinned by a question at its edge. */
    @Test
    void theHeaderNumbersHoldAtTheirEdges() {
        // hardware's own points 6 + 3, the optimizer's 6: 67% is below second-topic-percent (75)
        assertEquals(List.of("hardware"), recognizer.recognise("Which GPU server and which optimizer?").topics());
        // a cue only inside the examples gives cue-points-in-examples (1): 1 + domain 3 is below the threshold (6)
        assertEquals(List.of("general"), recognizer.recognise("What did the network use (e.g., a cluster)?").topics());
    }

    @Test
    void namesTwoTopicsWhenTheQuestionAsksForBoth() {
        TopicDecision d = recognizer.recognise("Which GPU and which deep learning framework were used?");
        assertEquals(List.of("hardware", "frameworks"), d.topics());
        assertTrue(d.cues().stream().anyMatch(c -> c.topic().equals("hardware") && c.words().equals("GPU")));
    }
}
