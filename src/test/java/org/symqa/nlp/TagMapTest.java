package org.symqa.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.symqa.resources.ResourceSource;
import org.symqa.resources.SourceException;

/** The UD-to-Penn mapping of rules/opennlp/tags.txt. */
class TagMapTest {
    private static final OpenNlpData DATA = load();

    private static OpenNlpData load() {
        try {
            return OpenNlpData.load(ResourceSource.directory(Path.of("rules"), "rules"),
                    ResourceSource.directory(Path.of("lexicons"), "lexicons"));
        } catch (SourceException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    private static String penn(String ud, String word) {
        return DATA.tags().penn(ud, word);
    }

    @Test
    void auxiliariesGetTheirTenseNotMd() {
        assertEquals("VBD", penn("AUX", "was"), "OpenNLP's own table says was/MD");
        assertEquals("VBD", penn("AUX", "Were"));
        assertEquals("VBZ", penn("AUX", "is"));
        assertEquals("VBP", penn("AUX", "are"));
        assertEquals("VBN", penn("AUX", "been"));
        assertEquals("MD", penn("AUX", "can"));
        assertEquals("MD", penn("AUX+PART", "ca"), "a combined tag counts as its first part");
    }

    @Test
    void theLemmaLexiconDecidesWithinAClassThenTheWordsEnding() {
        assertEquals("NNS", penn("NOUN", "data"), "listed in lemmas.txt under NNS");
        assertEquals("NNS", penn("NOUN", "images"));
        assertEquals("NN", penn("NOUN", "analysis"));
        assertEquals("NN", penn("NOUN", "bias"), "listed under NN");
        assertEquals("NN", penn("NOUN", "image"));
        assertEquals("VBD", penn("VERB", "ran"));
        assertEquals("VBN", penn("VERB", "trained"));
        assertEquals("VBG", penn("VERB", "using"));
        assertEquals("VBZ", penn("VERB", "uses"));
        assertEquals("VB", penn("VERB", "focus"));
        assertEquals("JJR", penn("ADJ", "better"));
        assertEquals("RBR", penn("ADV", "better"));
        assertEquals("JJR", penn("ADJ", "larger"));
        assertEquals("JJ", penn("ADJ", "other"));
        assertEquals("JJ", penn("ADJ", "forest"), "not a superlative");
    }

    @Test
    void namesNumbersAndPunctuation() {
        assertEquals("NNP", penn("PROPN", "NVIDIA"));
        assertEquals("CD", penn("NUM", "3090"));
        assertEquals("-LRB-", penn("PUNCT", "("));
        assertEquals("-RRB-", penn("PUNCT", "]"));
        assertEquals(",", penn("PUNCT", ","));
        assertEquals(".", penn("PUNCT", "?"));
        assertEquals("TO", penn("PART", "to"));
        assertEquals("PRP$", penn("PRON", "our"));
        assertEquals("FW", penn("NEWTAG", "x"), "a tag the file does not know");
        assertTrue(DATA.tags().tags().containsAll(java.util.List.of("NNP", "CD", "MD", "VBD", "FW", "-LRB-")));
    }

    @Test
    void everyTagOfTheModelIsMapped() {
        for (String ud : OpenNlpAnnotator.modelTags()) {
            assertTrue(DATA.tags().maps(ud), ud + " has no line in rules/opennlp/tags.txt");
        }
    }

    @Test
    void badLinesAreReportedWithFileAndLine() {
        SourceException e = assertThrows(SourceException.class,
                () -> TagMap.parse(new DataFile("tags.txt", "# x\nNOUN: /[/ NN\nNOUN: NN\n"), DATA.lemmas()));
        assertTrue(e.getMessage().startsWith("tags.txt:2:"), e.getMessage());
        e = assertThrows(SourceException.class,
                () -> TagMap.parse(new DataFile("tags.txt", "NOUN: /.*s/ NNS\n"), DATA.lemmas()));
        assertTrue(e.getMessage().contains("NOUN has no line without a regex"), e.getMessage());
    }
}
