package org.symqa.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which quoted passages are worth showing: each text once per chunk, and no fragment beside a longer passage. */
class PassagesTest {
    private static Passages.Passage p(int chunk, String text) {
        return new Passages.Passage(chunk, text);
    }

    @Test
    void aPassageOfFewerWordsThanTheLeastIsLeftOutBesideALongerOne() {
        List<Passages.Passage> in = List.of(p(1, "Validation"), p(1, "We used a validation set."), p(2, "Loss and accuracy"),
                p(2, "Loss and mean accuracy"));
        assertEquals(List.of(p(1, "We used a validation set."), p(2, "Loss and mean accuracy")),
                Passages.readable(in, 4));
        assertEquals(in, Passages.readable(in, 1));
        assertEquals(List.of(p(1, "We used a validation set."), p(2, "Loss and accuracy"), p(2, "Loss and mean accuracy")),
                Passages.readable(in, 3));
    }

    @Test
    void onlyShortPassagesAreAllKept() {
        List<Passages.Passage> in = List.of(p(1, "Validation"), p(2, "3.7. Performance metrics"));
        assertEquals(in, Passages.readable(in, 4));
    }

    @Test
    void theSameTextOfAChunkIsQuotedOnceWhateverItsCase() {
        assertEquals(List.of(p(2, "Mae"), p(3, "Mae")),
                Passages.readable(List.of(p(2, "Mae"), p(2, "MAE"), p(3, "Mae")), 4));
    }
}
