package org.symqa.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.symqa.text.RepairedText;

/**
 * Text repair on any text: every repaired offset maps back into the original text, in order, and each repair's
 * original span lies within it. Seeds: {@code src/test/resources/org/symqa/fuzz/RepairFuzzTestInputs}.
 */
class RepairFuzzTest {
    @FuzzTest(maxDuration = "30m")
    void everyRepairedOffsetMapsIntoTheOriginal(byte[] input) {
        String original = FuzzSupport.text(input);
        RepairedText read = RepairedText.of(original);
        RepairedText r = FuzzSupport.symqa().ruleSet().repairs().apply(read);
        assertEquals(original, r.original());
        int last = 0;
        for (int i = 0; i <= r.text().length(); i++) {
            int o = r.originalOffset(i);
            assertTrue(o >= last && o <= original.length(), "offset " + i + " maps to " + o);
            last = o;
        }
        for (int i = 1; i <= r.text().length(); i++) {
            int end = r.originalEnd(i);
            assertTrue(end >= r.originalOffset(i - 1) && end <= original.length(), "end " + i + " maps to " + end);
        }
        for (RepairedText.Repair repair : r.repairs()) {
            assertTrue(0 <= repair.originalStart() && repair.originalStart() <= repair.originalEnd()
                    && repair.originalEnd() <= original.length(), repair.toString());
        }
        assertTrue(r.text().indexOf('\r') < 0, "a carriage return survived");
    }
}
