package org.symqa.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The CoreNLP backend: sentences never span a blank line, offsets point into the text, lemmas by tag. */
class CoreNlpSplitTest {
    private final CoreNlpAnnotator annotator = new CoreNlpAnnotator();

    @Test
    void aBlankLineEndsASentenceAndOffsetsPointIntoTheText() {
        String text = "2.3 Model training\n\nWe trained the network on a GPU. It took two days.\n \nResults";
        List<Sentence> s = annotator.split(text);
        assertEquals(List.of("2.3 Model training", "We trained the network on a GPU.", "It took two days.", "Results"),
                s.stream().map(Sentence::text).toList());
        for (Sentence x : s) {
            assertEquals(x.text(), text.substring(x.start(), x.end()));
            for (Token t : x.tokens()) {
                assertEquals(t.word(), text.substring(t.start(), t.end()));
                assertEquals("", t.lemma());
            }
        }
        assertEquals(List.of(0, 1, 2, 3), s.stream().map(Sentence::index).toList());
    }

    @Test
    void blankTextHasNoSentences() {
        assertEquals(List.of(), annotator.split(" \n\n \t"));
        assertEquals(List.of(), annotator.split(""));
    }

    @Test
    void taggingFillsLemmaAndTagAndKeepsTheRest() {
        Sentence split = annotator.split("The networks were trained on GPUs.").get(0);
        Sentence tagged = annotator.tag(split);
        assertEquals(split.text(), tagged.text());
        assertEquals(split.start(), tagged.start());
        assertEquals("network", tagged.tokens().get(1).lemma());
        assertEquals("NNS", tagged.tokens().get(1).pos());
        assertEquals("train", tagged.tokens().get(3).lemma());
        assertEquals(split.tokens().get(3).start(), tagged.tokens().get(3).start());
    }

    @Test
    void possibleLemmasHoldTheWordAndEveryLemmaItCouldGet() {
        List<String> lemmas = annotator.possibleLemmas("trained");
        assertEquals("trained", lemmas.get(0));
        assertTrue(lemmas.contains("train"), lemmas.toString());
        assertTrue(annotator.possibleLemmas("trained") == lemmas, "kept for the next call");
        assertTrue(annotator.tags().contains("VBD") && annotator.tags().contains("NN"));
        assertEquals(List.of("Tesla", "V100", "GPUs", "(", "24", "GB", ")"), annotator.tokenize("Tesla V100 GPUs (24 GB)"));
    }
}
