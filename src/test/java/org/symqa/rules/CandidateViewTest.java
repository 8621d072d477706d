package org.symqa.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.symqa.nlp.Sentence;
import org.symqa.nlp.Token;

/**
 * What the prefilter may assume of an untagged sentence ({@link CandidateView}): a word is present as written, as a
 * possible lemma, or with a regular ending; a phrase in order at consecutive positions; a lexicon as its finder says.
 * Built from hand-made variants, without a tagger.
 */
class CandidateViewTest {

    /** One position per "word/lemma1/lemma2..." entry; each lemma gives one variant. */
    private static CandidateView view(Function<List<List<Token>>, Set<String>> lexicons, String... positions) {
        List<List<Token>> variants = new ArrayList<>();
        List<Token> firsts = new ArrayList<>();
        int at = 0;
        for (String p : positions) {
            String[] parts = p.split("/");
            List<Token> here = new ArrayList<>();
            for (int i = parts.length == 1 ? 0 : 1; i < parts.length; i++) {
                here.add(new Token(parts[0], parts[i], "X", at, at + parts[0].length()));
            }
            firsts.add(here.get(0));
            variants.add(here);
            at += parts[0].length() + 1;
        }
        return new CandidateView(new Sentence(0, String.join(" ", positions), 0, at, firsts), variants, lexicons);
    }

    static CandidateView view(String... positions) {
        return view(v -> Set.of(), positions);
    }

    @Test
    void aWordIsPresentAsWrittenOrAsAPossibleLemmaIgnoringCase() {
        CandidateView v = view("We/we", "ran/run/ran", "GPUs/gpu");
        assertTrue(v.mayHaveWord("ran"));
        assertTrue(v.mayHaveWord("run"));
        assertTrue(v.mayHaveWord("RUN"));
        assertTrue(v.mayHaveWord("gpus"));
        assertTrue(v.mayHaveWord("gpu"));
        assertFalse(v.mayHaveWord("tpu"));
        assertFalse(v.mayHaveWord("runs"));
    }

    /** -s, -es, -d, -ed, -ing and e-dropping -ing on the word stand for the bare form (as WordForms allows). */
    @Test
    void regularEndingsOfTheWordStandForTheBareForm() {
        CandidateView v = view("GPUs/GPUs", "processes/processes", "used/used", "trained/trained", "training/training",
                "encoding/encoding");
        assertTrue(v.mayHaveWord("gpu"));
        assertTrue(v.mayHaveWord("process"));
        assertTrue(v.mayHaveWord("use"));
        assertTrue(v.mayHaveWord("train"));
        assertTrue(v.mayHaveWord("encode"));
        assertFalse(v.mayHaveWord("proces"));
        assertFalse(v.mayHaveWord("trains"));
    }

    /** A word ending in -ing stands for its stem with and without an e, and nothing shorter or longer. */
    @Test
    void anIngWordStandsForItsStemWithAndWithoutE() {
        CandidateView v = view("using/using");
        assertTrue(v.mayHaveWord("us"));
        assertTrue(v.mayHaveWord("use"));
        assertFalse(v.mayHaveWord("usi"));
        assertFalse(v.mayHaveWord("u"));
        assertFalse(v.mayHaveWord("usee"));
        assertTrue(view("ing/ing").mayHaveWord("e"), "the e-dropping -ing of WordForms, with an empty stem");
    }

    @Test
    void endingsAreTriedOnTheWordNotOnTheLemma() {
        CandidateView v = view("x/gpus");
        assertTrue(v.mayHaveWord("gpus"));
        assertFalse(v.mayHaveWord("gpu"));
        CandidateView e = view("x/using");
        assertFalse(e.mayHaveWord("use"));
    }

    /** The set look-up skips WordForms' length and prefix conditions, so it may say yes where WordForms says no. */
    @Test
    void theAsciiLookUpMaySayYesMoreOftenThanWordForms() {
        CandidateView v = view("abs/abs");
        assertTrue(v.mayHaveWord("ab"));
    }

    @Test
    void tokensWithOtherCharactersAreTestedOneByOne() {
        CandidateView v = view("GPUs/gpü", "Naïve/naïve");
        assertTrue(v.mayHaveWord("gpu"));
        assertTrue(v.mayHaveWord("naïve"));
        assertTrue(v.mayHaveWord("NAÏVE"));
        assertFalse(v.mayHaveWord("naive"));
        assertFalse(v.mayHaveWord("tpu"));
        assertFalse(view("naive/naive").mayHaveWord("naïve"));
        CandidateView w = view("Caféd/Caféd");
        assertFalse(w.mayHaveWord("ca"));
    }

    /** U+0080 is the first character outside ASCII: a two-letter want is then checked by WordForms, which says no. */
    @Test
    void asciiEndsBeforeU0080() {
        assertFalse(view("\u0080s/\u0080s").mayHaveWord("\u0080"));
        assertTrue(view("\u007fs/\u007fs").mayHaveWord("\u007f"));
    }

    @Test
    void anyVariantTriesEveryLemmaOfEveryPosition() {
        CandidateView v = view("a/a", "saw/see/saw");
        assertTrue(v.anyVariant(t -> t.lemma().equals("see")));
        assertTrue(v.anyVariant(t -> t.lemma().equals("saw")));
        assertFalse(v.anyVariant(t -> t.lemma().equals("sew")));
        assertFalse(view().anyVariant(t -> true));
    }

    @Test
    void anyWordTestsTheWordsAsWrittenAndAnyLowerFormTheLowerCasedLemmasAndWords() {
        CandidateView v = view("We/we", "Saw/see/saw");
        List<String> words = new ArrayList<>();
        assertFalse(v.anyWord(w -> !words.add(w)));
        assertEquals(List.of("We", "Saw"), words);
        List<String> forms = new ArrayList<>();
        assertFalse(v.anyLowerForm(f -> !forms.add(f)));
        assertEquals(List.of("we", "see", "saw"), forms, "each distinct form once");
        assertTrue(v.anyWord(w -> w.equals("Saw")));
        assertFalse(v.anyWord(w -> w.equals("saw")));
        assertTrue(v.anyLowerForm(f -> f.equals("see")));
        assertFalse(view().anyWord(w -> true));
        assertFalse(view().anyLowerForm(f -> true));
    }

    @Test
    void aPhraseMustStandInOrderAtConsecutivePositions() {
        CandidateView v = view("we/we", "use/use", "deep/deep", "learning/learn/learning");
        assertTrue(v.mayHavePhrase(List.of("deep", "learning")));
        assertTrue(v.mayHavePhrase(List.of("deep", "learn")));
        assertTrue(v.mayHavePhrase(List.of("we", "use")));
        assertTrue(v.mayHavePhrase(List.of("we", "use", "deep", "learning")));
        assertTrue(v.mayHavePhrase(List.of("learning")));
        assertFalse(v.mayHavePhrase(List.of("learning", "deep")));
        assertFalse(v.mayHavePhrase(List.of("we", "deep")));
        assertFalse(v.mayHavePhrase(List.of("deep", "model")));
        assertFalse(v.mayHavePhrase(List.of("we", "use", "deep", "learning", "models")));
        assertFalse(v.mayHavePhrase(List.of("learning", "x")));
        CandidateView forms = view("we/we", "trained/train", "GPUs/GPUs", "naïve/naïve", "Bayes/Bayes");
        assertTrue(forms.mayHavePhrase(List.of("train", "gpu")), "inflected words, as WordForms compares them");
        assertTrue(forms.mayHavePhrase(List.of("trained", "gpus")));
        assertTrue(forms.mayHavePhrase(List.of("naïve", "bayes")), "a word with non-ASCII letters");
        assertFalse(forms.mayHavePhrase(List.of("gpu", "train")));
        assertFalse(forms.mayHavePhrase(List.of("naive", "bayes")));
    }

    @Test
    void lexiconsComeFromTheFinderOnceAndAreKept() {
        AtomicInteger calls = new AtomicInteger();
        CandidateView v = view(variants -> {
            calls.incrementAndGet();
            assertEquals(2, variants.size());
            return Set.of("hardware-device");
        }, "two/two", "GPUs/gpu");
        assertTrue(v.mayHaveLexicon("hardware-device"));
        assertFalse(v.mayHaveLexicon("dataset-name"));
        assertTrue(v.mayHaveLexicon("hardware-device"));
        assertEquals(1, calls.get());
    }

    @Test
    void theSentenceIsKept() {
        CandidateView v = view("a/a");
        assertSame(v.sentence(), v.sentence());
        assertEquals("a/a", v.sentence().text());
        assertEquals(1, v.sentence().tokens().size());
    }
}
