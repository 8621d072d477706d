package org.symqa.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.symqa.nlp.Token;
import org.symqa.rules.Mention;
import org.symqa.rules.Span;

/** A fact and its bracketed acronym as one fact. */
class AcronymsTest {
    @Test
    void anAcronymIsTheFirstLettersOfThePhrase() {
        assertTrue(Acronyms.of("mean absolute error", "MAE"));
        assertTrue(Acronyms.of("convolutional neural networks", "CNNs"), "a plural acronym");
        assertTrue(Acronyms.of("Long Short-Term Memory", "LSTM"), "hyphens split words");
        assertTrue(Acronyms.of("area under the curve", "AUC"), "or of the words longer than three letters");
        assertTrue(Acronyms.of("area under the curve", "AUTC"), "all words");
        assertFalse(Acronyms.of("area under the curve", "ATC"), "all words or the longer ones, not a mix");
        assertFalse(Acronyms.of("mean absolute error", "MSE"));
        assertFalse(Acronyms.of("mean absolute error", "Mae"), "capital letters only");
        assertFalse(Acronyms.of("error", "E"), "two letters at least");
        assertTrue(Acronyms.of("random forest", "RF"), "two letters are enough");
        assertFalse(Acronyms.of("coefficient of determination", "R2"));
    }

    private static List<Token> tokens(String... words) {
        Token[] out = new Token[words.length];
        int at = 0;
        for (int i = 0; i < words.length; i++) {
            out[i] = new Token(words[i], words[i].toLowerCase(java.util.Locale.ROOT), "NN", at, at + words[i].length());
            at += words[i].length() + 1;
        }
        return List.of(out);
    }

    @Test
    void aPlainMentionGrowsOverItsBracketedAcronymAndTheMentionInsideGoes() {
        List<Token> t = tokens("the", "mean", "absolute", "error", "(", "MAE", ")", "and", "RMSE");
        List<Mention> got = Acronyms.joined(List.of(Mention.of(new Span(1, 4)), Mention.of(new Span(5, 6)),
                Mention.of(new Span(8, 9))), t);
        assertEquals(List.of(new Span(1, 7), new Span(8, 9)), got.stream().map(Mention::span).toList());
    }

    @Test
    void onlyAnAcronymOfThePhraseInClosedBracketsJoins() {
        List<Token> wrong = tokens("mean", "absolute", "error", "(", "MSE", ")");
        assertEquals(new Span(0, 3), Acronyms.joined(List.of(Mention.of(new Span(0, 3))), wrong).get(0).span());
        List<Token> open = tokens("mean", "absolute", "error", "(", "MAE");
        assertEquals(new Span(0, 3), Acronyms.joined(List.of(Mention.of(new Span(0, 3))), open).get(0).span(),
                "no closing bracket");
    }

    @Test
    void aFramedMentionJoinsItsAcronymAndTheAcronymsRoles() {
        List<Token> t = tokens("mean", "absolute", "error", "(", "MAE", ")", "of", "0.5");
        Mention value = new Mention(new Span(7, 8), "value", false, List.of());
        Mention name = new Mention(new Span(0, 3), "name", false, List.of());
        Mention acronym = new Mention(new Span(4, 5), "name", false, List.of(value));
        List<Mention> got = Acronyms.joined(List.of(name, acronym), t);
        assertEquals(1, got.size());
        assertEquals(new Span(0, 6), got.get(0).span());
        assertEquals("name", got.get(0).role());
        assertEquals(List.of(value), got.get(0).details());
        Mention other = new Mention(new Span(4, 5), "device", false, List.of());
        assertEquals(2, Acronyms.joined(List.of(name, other), t).size(), "another role inside the brackets stays");
    }
}
