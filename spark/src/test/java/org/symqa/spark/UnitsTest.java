package org.symqa.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.util.List;
import org.apache.spark.launcher.JavaModuleOptions;
import org.junit.jupiter.api.Test;
import org.symqa.batch.InputLine;

/** The job's small parts: position runs, line limits, and the JVM options the build passes. */
class UnitsTest {
    @Test
    void positionsFallIntoConsecutiveRuns() {
        PositionPartitioner p = new PositionPartitioner(3, 10);
        assertEquals(0, p.getPartition(0L));
        assertEquals(0, p.getPartition(3L));
        assertEquals(1, p.getPartition(4L));
        assertEquals(1, p.getPartition(6L));
        assertEquals(2, p.getPartition(7L));
        assertEquals(2, p.getPartition(9L));
        assertThrows(IllegalArgumentException.class, () -> p.getPartition(10L));
        assertThrows(IllegalArgumentException.class, () -> p.getPartition(-1L));
        assertEquals(0, new PositionPartitioner(1, 0).numPartitions() - 1);
    }

    @Test
    void aLineOfExactlyTheLimitIsKeptOneByteMoreIsNot() {
        InputLine at = new RawLine(7, new byte[]{'{', '}', '\r'}).toInputLine(2, 3);
        assertArrayEquals(new byte[]{'{', '}'}, at.bytes());
        assertEquals(3, at.length());
        assertEquals(7, at.offset());
        assertEquals(2, at.number());
        InputLine over = new RawLine(0, new byte[]{'{', '}', '\r'}).toInputLine(1, 2);
        assertNull(over.bytes());
        assertEquals(3, over.length());
    }

    @Test
    void testsRunWithEveryJvmOptionSparkAsksFor() {
        List<String> jvm = ManagementFactory.getRuntimeMXBean().getInputArguments();
        for (String o : JavaModuleOptions.defaultModuleOptionArray()) {
            assertTrue(jvm.contains(o), "spark.jvm.options in spark/pom.xml lacks " + o);
        }
    }
}
