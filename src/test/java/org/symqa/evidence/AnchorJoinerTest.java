package org.symqa.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.symqa.Result;
import org.symqa.TestPipeline;
import org.symqa.prompt.AnswerFormat;
import org.symqa.prompt.Prompt;

/**
 * With the repository's rules: two anchors of one frame role one joiner word apart ({@code anchor-joiner} of
 * rules/facts.txt) are one fact, and only then.
 */
class AnchorJoinerTest {
    private static final String HARDWARE = "Which hardware resources are used for training the deep learning model?";

    private static List<String> anchors(String sentence) {
        Result r = TestPipeline.get().answer(new Prompt(HARDWARE, List.of(sentence), 0, AnswerFormat.PLAIN));
        return r.answer().facts().stream().filter(f -> "device".equals(f.role())).map(Fact::text).toList();
    }

    @Test
    void aBrandAndADeviceNounOneMeasureWordApartAreOneDevice() {
        assertEquals(List.of("Intel 8-core processors"),
                anchors("The experiments ran on a computer with two 2.3 GHz Intel 8-core processors."));
        assertEquals(List.of("GeForce RTX 3060 12G GPU"),
                anchors("The network was trained on a GeForce RTX 3060 12G GPU for two days."));
    }

    @Test
    void aWordThatIsNoJoinerOrTwoWordsApartKeepThemApart() {
        // the brand is not joined with "processors" (which alone is a generic word, no fact of its own)
        for (String sentence : new String[] {"The experiments ran on a computer with Intel fast processors.",
            "The experiments ran on a computer with Intel 8-core fast processors."}) {
            List<String> devices = anchors(sentence);
            assertFalse(devices.isEmpty(), sentence);
            assertFalse(devices.stream().anyMatch(d -> d.endsWith("processors")), devices.toString());
        }
    }
}
