package org.symqa.suggest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.symqa.nlp.Token;

/** Candidate terms of a sentence: word runs up to the longest length, never a stop word at an edge. */
class GramsTest {
    private static final Set<String> STOP = Set.of("the", "of", "be", "into", "and");

    /** Tokens from "word/lemma/POS" triples. */
    private static List<Token> tokens(String... triples) {
        List<Token> out = new ArrayList<>();
        int at = 0;
        for (String t : triples) {
            String[] p = t.split("/");
            out.add(new Token(p[0], p[1], p[2], at, at + p[0].length()));
            at += p[0].length() + 1;
        }
        return out;
    }

    private static List<String> terms(List<Gram> grams) {
        return grams.stream().map(g -> g.lemmas() + " [" + g.start() + "," + g.end() + ")").toList();
    }

    @Test
    void runsOfUpToMaxWordsWithoutStopWordsAtTheEdges() {
        List<Token> t = tokens("Recordings/recording/NNS", "of/of/IN", "the/the/DT", "owls/owl/NNS",
                "were/be/VBD", "cut/cut/VBN", "into/into/IN", "Clips/clip/NNS");
        assertEquals(List.of("recording [0,1)", "owl [3,4)", "cut [5,6)", "cut into clip [5,8)", "clip [7,8)"),
                terms(new Grams(STOP, 3).of(t)));
        // "recording of the owl" has four words: one more than allowed
        assertEquals(List.of("recording [0,1)", "recording of the owl [0,4)", "owl [3,4)", "cut [5,6)",
                "cut into clip [5,8)", "clip [7,8)"), terms(new Grams(STOP, 4).of(t)));
    }

    @Test
    void aStopWordThatIsAVerbEndsTheRun() {
        List<Token> t = tokens("images/image/NNS", "were/be/VBD", "tiled/tile/VBN");
        assertEquals(List.of("image [0,1)", "tile [2,3)"), terms(new Grams(STOP, 3).of(t)));
        List<Token> noun = tokens("mean/mean/NN", "and/and/CC", "variance/variance/NN");
        assertEquals(List.of("mean [0,1)", "mean and variance [0,3)", "variance [2,3)"), terms(new Grams(STOP, 3).of(noun)));
    }

    @Test
    void punctuationNumbersAndSingleLettersBreakRuns() {
        List<Token> t = tokens("resized/resize/VBN", "to/to/TO", "224/224/CD", "x/x/SYM", "224/224/CD",
                "pixels/pixel/NNS", ",/,/,", "then/then/RB", "high-pass/high-pass/JJ", "filtered/filter/VBN");
        assertEquals(List.of("resize [0,1)", "resize to [0,2)", "to [1,2)", "pixel [5,6)", "then [7,8)",
                "then high-pass [7,9)", "then high-pass filter [7,10)", "high-pass [8,9)", "high-pass filter [8,10)",
                "filter [9,10)"), terms(new Grams(Set.of(), 3).of(t)));
    }

    @Test
    void wordsAsWrittenAreKeptBesideTheLemmas() {
        List<Gram> g = new Grams(STOP, 2).of(tokens("Mel/mel/NN", "Spectrograms/spectrogram/NNS"));
        assertEquals("mel spectrogram", g.get(1).lemmas());
        assertEquals("mel spectrograms", g.get(1).words());
    }
}
