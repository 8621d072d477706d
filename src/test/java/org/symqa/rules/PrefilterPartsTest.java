package org.symqa.rules;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The parts of a prefilter on a candidate view: a {@code word} attribute tests the words as written, a {@code lemma}
 * attribute the lower-cased possible lemmas and words; regexes must match a whole form; all/any combine.
 */
class PrefilterPartsTest {
    private static final CandidateView V = CandidateViewTest.view("We/we", "trained/train/trained", "GPUs/gpu");

    private static Prefilter.Attribute word(String literal) {
        return new Prefilter.Attribute("word", null, literal);
    }

    private static Prefilter.Attribute lemma(String literal) {
        return new Prefilter.Attribute("lemma", null, literal);
    }

    @Test
    void aWordAttributeTestsTheWordsAsWrittenIgnoringCase() {
        assertTrue(word("gpus").mayMatch(V));
        assertTrue(word("TRAINED").mayMatch(V));
        assertFalse(word("gpu").mayMatch(V), "a lemma is not a word");
        assertFalse(word("train").mayMatch(V));
    }

    @Test
    void aLemmaAttributeTestsEveryPossibleLemmaAndTheWord() {
        assertTrue(lemma("train").mayMatch(V));
        assertTrue(lemma("gpu").mayMatch(V));
        assertTrue(lemma("GPUs").mayMatch(V));
        assertFalse(lemma("run").mayMatch(V));
        CandidateView upper = CandidateViewTest.view("Adam/Adam");
        assertTrue(new Prefilter.Attribute("lemma", Pattern.compile("adam"), null).mayMatch(upper), "lemmas are lower-cased");
        CandidateView word = CandidateViewTest.view("Adam/x");
        assertTrue(new Prefilter.Attribute("lemma", Pattern.compile("adam"), null).mayMatch(word), "words are lower-cased");
        assertFalse(new Prefilter.Attribute("lemma", Pattern.compile("Adam"), null).mayMatch(word));
    }

    @Test
    void regexesMustMatchAWholeForm() {
        assertTrue(new Prefilter.Attribute("word", Pattern.compile("GPUs?"), null).mayMatch(V));
        assertFalse(new Prefilter.Attribute("word", Pattern.compile("GPU"), null).mayMatch(V));
        assertFalse(new Prefilter.Attribute("word", Pattern.compile("gpus"), null).mayMatch(V), "word regexes keep case");
        assertTrue(new Prefilter.Attribute("lemma", Pattern.compile("tr.*"), null).mayMatch(V));
        assertFalse(new Prefilter.Attribute("lemma", Pattern.compile("rain"), null).mayMatch(V));
    }

    @Test
    void allNeedsEveryPartAndAnyOne() {
        Prefilter yes = word("we");
        Prefilter no = word("tpu");
        assertTrue(new Prefilter.All(List.of(yes, lemma("train"))).mayMatch(V));
        assertFalse(new Prefilter.All(List.of(yes, no)).mayMatch(V));
        assertTrue(new Prefilter.Any(List.of(no, yes)).mayMatch(V));
        assertFalse(new Prefilter.Any(List.of(no, lemma("run"))).mayMatch(V));
        assertTrue(Prefilter.Always.INSTANCE.mayMatch(V));
    }

    @Test
    void aLexiconMayBePresentWhenTheViewSaysSo() {
        CandidateView v = new CandidateView(V.sentence(), List.of(), variants -> Set.of("gpu"));
        assertTrue(new Prefilter.Lexicon("gpu").mayMatch(v));
        assertFalse(new Prefilter.Lexicon("tpu").mayMatch(v));
    }
}
