package org.symqa.fuzz;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.symqa.Result;
import org.symqa.evidence.Evidence;
import org.symqa.nlp.Document;
import org.symqa.prompt.Prompt;
import org.symqa.prompt.PromptException;
import org.symqa.text.Deadline;

/**
 * The whole answer path on any prompt (any layout, up to the size limit): it is answered within a time bound or
 * refused with a one-line error, and every fact the answer names is a span of the prompt's repaired context. Seeds:
 * {@code src/test/resources/org/symqa/fuzz/AnswerFuzzTestInputs}.
 */
class AnswerFuzzTest {
    /**
     * The bound, in CPU time of the answering thread: far above what a prompt of normal size takes (tens of
     * milliseconds), far below a hang. Wall time is no bound on a shared machine: under a load average of 12 on 2
     * cores, an input of 554 ms of CPU took 14 s (the two regression inputs the fuzzer wrote for it are kept).
     */
    private static final long BOUND_CPU_NANOS = 10_000_000_000L;
    /** A wall-time budget that only a hang reaches. */
    private static final long HANG_MILLIS = 600_000;
    private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();

    @FuzzTest(maxDuration = "30m")
    void answersAnyPromptWithFactsFromIt(byte[] input) throws Exception {
        String prompt = FuzzSupport.text(input);
        Result r;
        long cpu = THREADS.getCurrentThreadCpuTime();
        try {
            r = Deadline.in(HANG_MILLIS).call(() -> FuzzSupport.symqa().answer(prompt));
            cpu = THREADS.getCurrentThreadCpuTime() - cpu;
            assertTrue(cpu < BOUND_CPU_NANOS, "took " + cpu / 1_000_000 + " ms of CPU");
        } catch (PromptException e) {
            assertTrue(!e.getMessage().isBlank() && !e.getMessage().contains("\n"), e.getMessage());
            return;
        }
        assertFalse(r.answer().text().isBlank());
        Prompt p = r.prompt();
        Document d = FuzzSupport.symqa().annotate(p);
        for (Evidence e : r.finding().evidence()) {
            String chunk = d.chunks().get(e.chunk() - 1).text().text();
            String original = p.chunks().get(e.chunk() - 1);
            assertTrue(e.start() >= 0 && e.end() <= original.length(), "evidence " + e.start() + ".." + e.end());
            for (var f : e.facts()) {
                String fact = f.text();
                assertTrue(squash(chunk).contains(squash(fact)) || squash(original).contains(squash(fact)),
                        "fact '" + fact + "' is not in chunk " + e.chunk());
            }
        }
    }

    private static String squash(String s) {
        return s.replaceAll("\\s+", " ");
    }

}
