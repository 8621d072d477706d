package org.symqa.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The per-item time budget: checked at stop points, and while a pattern reads watched text. */
class DeadlineTest {
    @Test
    void aSpentBudgetStopsAtTheNextStopPoint() throws Exception {
        Deadline d = Deadline.in(1);
        Thread.sleep(5);
        Deadline.Exceeded e = assertThrows(Deadline.Exceeded.class, () -> d.call(() -> {
            Deadline.check();
            return null;
        }));
        assertEquals("over the time limit of 0.001 s", e.getMessage());
        assertNull(Deadline.current());
        Deadline.check(); // no budget on this thread any more
    }

    @Test
    void aSlowPatternOnWatchedTextStopsWithItsBudget() {
        // a*a*a*a*a*a*c on 200 'a' backtracks through some 10^10 ways to share the run: it would take hours
        Pattern slow = Pattern.compile("a*a*a*a*a*a*c");
        String text = "a".repeat(200);
        Deadline.Exceeded e = assertThrows(Deadline.Exceeded.class,
                () -> Deadline.in(200).get(() -> slow.matcher(Deadline.watched(text)).find()));
        assertEquals("over the time limit of 0.2 s", e.getMessage());
    }

    @Test
    void withoutABudgetTextIsNotWrapped() {
        String s = "text";
        assertSame(s, Deadline.watched(s));
        assertEquals("ext", Deadline.in(1000).get(() -> Deadline.watched(s).subSequence(1, 4).toString()));
    }

    @Test
    void anInterruptedThreadStops() {
        Thread.currentThread().interrupt();
        try {
            assertThrows(Deadline.Exceeded.class, Deadline::check);
        } finally {
            Thread.interrupted();
        }
    }
}
