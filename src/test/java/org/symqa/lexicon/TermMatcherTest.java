package org.symqa.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.symqa.nlp.Sentence;
import org.symqa.nlp.SimpleAnnotator;
import org.symqa.nlp.Token;
import org.symqa.resources.MapSource;
import org.symqa.resources.SourceException;

/** Lexicon files and the matcher that finds their terms in tokens: words, lemmas, plurals, case, several words. */
class TermMatcherTest {
    private final SimpleAnnotator annotator = new SimpleAnnotator();

    private Lexicon lexicon(String name, String text) throws SourceException {
        return Lexicon.parse(name, name + ".txt", text, annotator::tokenize);
    }

    private List<Token> tokens(String text) {
        List<Token> out = new ArrayList<>();
        for (Sentence s : annotator.annotate(text)) {
            out.addAll(s.tokens());
        }
        return out;
    }

    private List<String> hits(TermMatcher m, String text) {
        return m.find(tokens(text)).stream().map(h -> h.term().lexicon() + ":" + h.term().text() + "@" + h.start()
                + "-" + h.end()).toList();
    }

    @Test
    void aLexiconFileHasTermsCommentsAndCaseSensitiveTerms() throws Exception {
        Lexicon l = lexicon("device", "# devices\n\nGPU\n= TPU\nTesla V100\n");
        assertEquals(List.of("GPU", "TPU", "Tesla V100"), l.terms().stream().map(Term::text).toList());
        assertEquals(List.of(false, true, false), l.terms().stream().map(Term::caseSensitive).toList());
        assertEquals(List.of(3, 4, 5), l.terms().stream().map(Term::line).toList());
        assertEquals(List.of("tesla", "v100"), l.terms().get(2).tokens());
        assertEquals(List.of("TPU"), l.terms().get(1).tokens());
    }

    @Test
    void anEmptyLexiconOrATermWithoutWordsIsAnError() {
        assertEquals("x.txt:1:1: lexicon 'x' has no terms",
                assertThrows(SourceException.class, () -> lexicon("x", "# nothing\n")).getMessage());
        assertEquals("x.txt:2:1: term has no words: '='",
                assertThrows(SourceException.class, () -> lexicon("x", "a\n=\n")).getMessage());
    }

    @Test
    void findsTermsByWordLemmaOrPluralAndSeveralWords() throws Exception {
        TermMatcher m = new TermMatcher(List.of(lexicon("device", "GPU\nTesla V100\n"), lexicon("opt", "Adam\n")));
        assertEquals(List.of("device:GPU@1-2", "device:Tesla V100@4-6", "opt:Adam@7-8"),
                hits(m, "Two GPUs and two Tesla V100 with Adam."));
        assertEquals(List.of(), hits(m, "Tesla cars and V100 parts."));
        assertEquals(List.of("device:Tesla V100@0-2"), hits(m, "Tesla V100"));
        assertEquals(List.of(), hits(m, "Tesla"));
    }

    @Test
    void aCaseSensitiveTermMatchesOnlyAsWritten() throws Exception {
        TermMatcher m = new TermMatcher(List.of(lexicon("ml", "= SVM\nsvm classifier\n")));
        assertEquals(List.of("ml:SVM@1-2"), hits(m, "An SVM here."));
        assertEquals(List.of("ml:svm classifier@1-3"), hits(m, "An svm classifier here."));
        assertEquals(List.of("ml:svm classifier@1-3"), hits(m, "An Svm Classifier."));
        assertEquals(List.of(), hits(m, "An svm here."));
    }

    @Test
    void aTermInTwoLexiconsIsFoundInEach() throws Exception {
        TermMatcher m = new TermMatcher(List.of(lexicon("a", "dropout\n"), lexicon("b", "dropout\n")));
        assertEquals(List.of("a:dropout@0-1", "b:dropout@0-1"), hits(m, "dropout"));
    }

    @Test
    void possibleLexiconsAreThoseAnyLemmaOfEachWordCouldMake() throws Exception {
        TermMatcher m = new TermMatcher(List.of(lexicon("device", "GPU\nTesla V100\n"), lexicon("opt", "adam\n")));
        List<List<Token>> alts = List.of(List.of(new Token("Teslas", "teslas", "", 0, 6), new Token("Teslas", "tesla", "", 0, 6)),
                List.of(new Token("V100", "v100", "", 7, 11)));
        assertEquals(Set.of("device"), m.possibleLexicons(alts));
        assertEquals(Set.of(), m.possibleLexicons(alts.subList(0, 1)));
        assertEquals(Set.of("opt"), m.possibleLexicons(List.of(List.of(new Token("ADAM", "ADAM", "", 0, 4)))));
    }

    @Test
    void theLastNameOfACodePathIsLookedUpAsAOneWordTerm() throws Exception {
        TermMatcher m = new TermMatcher(List.of(lexicon("opt", "adam\n= SGD\nsgd with momentum\n"),
                lexicon("arch", "ResNet50\n")));
        List<Token> code = List.of(new Token("optimizer", "optimizer", "NN", 0, 9), new Token("=", "=", "SYM", 10, 11),
                new Token("torch.optim.Adam", "torch.optim.adam", "NN", 12, 28),
                new Token("tf.keras.optimizers.SGD", "tf.keras.optimizers.sgd", "NN", 29, 52),
                new Token("tf.keras.applications.ResNet50", "tf.keras.applications.resnet50", "NN", 53, 83));
        assertEquals(List.of("opt:adam@2-3", "opt:SGD@3-4", "arch:ResNet50@4-5"), m.find(code).stream()
                .map(h -> h.term().lexicon() + ":" + h.term().text() + "@" + h.start() + "-" + h.end()).toList(),
                "a hit spans the whole path; a case-sensitive term as written; a term of two words is not a name");
        assertEquals(Set.of("opt"), m.possibleLexicons(List.of(List.of(code.get(2)))));
        assertEquals(Set.of(), m.possibleLexicons(List.of(List.of(new Token("tf.keras.optimizers.Sgdx", "x", "NN", 0, 24)))));
        List<Token> notCode = List.of(new Token("Torch.optim.Adam", "torch.optim.adam", "NN", 0, 16),
                new Token("torch.optim.adam", "torch.optim.adam", "NN", 17, 33));
        assertEquals(List.of(), m.find(notCode), "a path opens in lower case and ends on a capital");
    }

    @Test
    void aCodeNameSpellsATermOfTwoOrMoreWords() throws Exception {
        TermMatcher m = new TermMatcher(List.of(lexicon("hp", "learning rate\nmini-batch size\nadam\n= Weight Decay\n"),
                lexicon("stop", "early stopping\n"), lexicon("aug", "horizontal flip\nrandom\n")));
        List<Token> code = List.of(new Token("learning_rate", "learning_rate", "NN", 0, 13),
                new Token("tf.keras.callbacks.EarlyStopping", "x", "NN", 14, 46),
                new Token("RandomHorizontalFlip", "randomhorizontalflip", "NN", 47, 67),
                new Token("mini_batch_size", "mini_batch_size", "NN", 68, 83),
                new Token("weight_decay", "weight_decay", "NN", 84, 96));
        assertEquals(List.of("hp:learning rate@0-1", "stop:early stopping@1-2", "aug:horizontal flip@2-3",
                "hp:mini-batch size@3-4"), m.find(code).stream().map(h -> h.term().lexicon() + ":" + h.term().text()
                + "@" + h.start() + "-" + h.end()).toList(), "the hit spans the whole name; a run of its words is "
                + "enough (\"horizontal flip\"), a hyphen splits a term's word; a one-word term is no run (\"random\"), "
                + "nor a case-sensitive term");
        assertEquals(Set.of("aug"), m.possibleLexicons(List.of(List.of(code.get(2)))));
        assertEquals(Set.of("stop"), m.possibleLexicons(List.of(List.of(code.get(1)))));
        List<Token> prose = List.of(new Token("Learningrate", "learningrate", "NN", 0, 12),
                new Token("early", "early", "JJ", 13, 18), new Token("Stopping", "stopping", "NN", 19, 27),
                new Token("FlipHorizontal", "fliphorizontal", "NN", 28, 42));
        assertEquals(List.of("stop:early stopping@1-3"), m.find(prose).stream().map(h -> h.term().lexicon() + ":"
                + h.term().text() + "@" + h.start() + "-" + h.end()).toList(), "no capital inside, or the words in "
                + "another order: no code name spells the term");
    }

    @Test
    void theLibraryLoadsEachLexiconOnceAndNamesMissingOnes() throws Exception {
        LexiconLibrary lib = new LexiconLibrary(new MapSource("lexicons", Map.of("a.txt", "x\n")), annotator::tokenize);
        assertTrue(lib.exists("a"));
        assertTrue(!lib.exists("b"));
        assertTrue(lib.get("a") == lib.get("a"));
        assertEquals(List.of("a"), lib.loaded().stream().map(Lexicon::name).toList());
        assertEquals("lexicons/a.txt", lib.describe("a"));
        assertThrows(SourceException.class, () -> lib.get("b"));
    }
}
