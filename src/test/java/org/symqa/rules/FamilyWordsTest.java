package org.symqa.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A family item on hand-tagged sentences: every member and its regular inflections, in token order, nothing outside
 * the family; the candidate view agrees; it prints as written.
 */
class FamilyWordsTest {
    private static final FamilyWords PREPROCESS = new FamilyWords("preprocess",
            List.of("preprocess", "pre-process", "preprocessing", "pre-processing", "preprocessor"));

    private static CandidateView candidate(SentenceView s) {
        return new CandidateView(s.sentence(), s.tokens().stream().map(List::of).toList(), v -> Set.of());
    }

    @Test
    void everyMemberAndItsInflectionsAreFoundInTokenOrder() {
        SentenceView s = Tagged.view("Images were pre-processed/pre-process by the preprocessor and preprocessing "
                + "steps ran before processing");
        assertEquals(List.of(new Span(2, 3), new Span(5, 6), new Span(7, 8)), PREPROCESS.find(s));
        assertTrue(PREPROCESS.any(s));
        assertTrue(PREPROCESS.mayMatch(candidate(s)));
    }

    /** "processing" shares letters with the family but is no member: neither found nor let through the prefilter. */
    @Test
    void aWordOutsideTheFamilyIsNotFound() {
        SentenceView s = Tagged.view("The processing of images took long");
        assertEquals(List.of(), PREPROCESS.find(s));
        assertFalse(PREPROCESS.any(s));
        assertFalse(PREPROCESS.mayMatch(candidate(s)));
    }

    /** The last token counts: a loop that stops one short misses it. */
    @Test
    void theLastTokenIsRead() {
        SentenceView s = Tagged.view("We did no preprocessing");
        assertEquals(List.of(new Span(3, 4)), PREPROCESS.find(s));
        assertTrue(PREPROCESS.any(s));
    }

    @Test
    void printsAsWrittenAndNeedsMembers() {
        assertEquals("~preprocess", PREPROCESS.toString());
        assertThrows(IllegalArgumentException.class, () -> new FamilyWords("x", List.of()));
        assertThrows(IllegalArgumentException.class, () -> new FamilyWords("", List.of("a")));
        assertThrows(IllegalArgumentException.class, () -> new FamilyWords("x", null));
    }
}
