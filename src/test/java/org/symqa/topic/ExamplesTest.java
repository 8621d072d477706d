package org.symqa.topic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.symqa.lexicon.TermMatcher;
import org.symqa.nlp.Sentence;
import org.symqa.nlp.Token;
import org.symqa.resources.SourceException;
import org.symqa.rules.SentenceView;
import org.symqa.rules.Span;

/** Where a question's examples start and end. */
class ExamplesTest {
    private static final Set<String> END_TAGS = Set.of("VBN", "VBD");

    /** A question of "word/TAG" tokens, with the fixture's example markers ("such as", "e.g."). */
    private static SentenceView question(String tagged) throws SourceException {
        List<Token> tokens = new ArrayList<>();
        int at = 0;
        for (String wt : tagged.split(" ")) {
            int slash = wt.lastIndexOf('/');
            String w = wt.substring(0, slash);
            tokens.add(new Token(w, w.toLowerCase(Locale.ROOT), wt.substring(slash + 1), at, at + w.length()));
            at += w.length() + 1;
        }
        TermMatcher markers = new TermMatcher(List.of(TopicFixture.lexicons().get(Examples.MARKERS)));
        return new SentenceView(new Sentence(0, "q", 0, at, tokens), markers.find(tokens));
    }

    @Test
    void withoutAMarkerThereAreNoExamples() throws SourceException {
        Examples e = Examples.of(question("Which/WDT optimizer/NN ?/."), END_TAGS);
        assertEquals(new Examples(3, 3), e);
        assertTrue(e.outside(new Span(1, 2)));
    }

    @Test
    void bracketedExamplesEndAtTheClosingBracket() throws SourceException {
        // Which optimizer ( such as SGD , Adam ) was used ?
        Examples e = Examples.of(question("Which/WDT optimizer/NN (/-LRB- such/JJ as/IN SGD/NNP ,/, Adam/NNP )/-RRB- "
                + "was/VBD used/VBN ?/."), END_TAGS);
        assertEquals(new Examples(3, 9), e);
        assertTrue(e.outside(new Span(2, 3)), "the bracket before the marker is the question's");
        assertFalse(e.outside(new Span(3, 4)), "the marker starts the examples");
        assertFalse(e.outside(new Span(8, 9)), "the closing bracket is the last of the examples");
        assertTrue(e.outside(new Span(9, 10)), "the word after the bracket is the question's again");
    }

    @Test
    void aCommaBeforeAnEndTagEndsTheExamples() throws SourceException {
        // Was a search , such as grid search , used to choose the settings ?
        Examples e = Examples.of(question("Was/VBD a/DT search/NN ,/, such/JJ as/IN grid/NN search/NN ,/, used/VBN "
                + "to/TO choose/VB settings/NNS ?/."), END_TAGS);
        assertEquals(new Examples(4, 9), e);
        assertFalse(e.outside(new Span(8, 9)), "the comma belongs to the examples");
        assertTrue(e.outside(new Span(9, 10)));
    }

    @Test
    void aCommaBeforeAWordOfAnotherTagDoesNotEndThem() throws SourceException {
        // Which steps , such as resizing , cropping ?
        Examples e = Examples.of(question("Which/WDT steps/NNS ,/, such/JJ as/IN resizing/VBG ,/, cropping/VBG ?/."),
                END_TAGS);
        assertEquals(new Examples(3, 9), e);
        assertEquals(new Examples(3, 9), Examples.of(question("Which/WDT steps/NNS ,/, such/JJ as/IN resizing/VBG ,/, "
                + "cropping/VBG ?/."), Set.of()), "no end tags: to the end");
    }

    @Test
    void aCommaAtTheVeryEndEndsNothing() throws SourceException {
        Examples e = Examples.of(question("Which/WDT steps/NNS such/JJ as/IN resizing/VBG ,/,"), END_TAGS);
        assertEquals(new Examples(2, 6), e);
    }

    @Test
    void aSpanMustBeOrdered() {
        assertThrows(IllegalArgumentException.class, () -> new Examples(3, 2));
        assertThrows(IllegalArgumentException.class, () -> new Examples(-1, 2));
    }
}
