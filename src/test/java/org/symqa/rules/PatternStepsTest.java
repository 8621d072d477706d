package org.symqa.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class PatternStepsTest {
    @Test
    void splitsPatternsIntoTopLevelSteps() {
        assertEquals(List.of("[{lemma:/train|run/}]", "[]{0,8}", "(?: @gpu | [{word:/a b/}] )"),
                PatternSteps.split("[{lemma:/train|run/}] []{0,8} (?: @gpu | [{word:/a b/}] )"));
    }
}
