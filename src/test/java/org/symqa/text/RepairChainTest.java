package org.symqa.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RepairChainTest {
    /** The repository's repairs, with its hyphen-keep lexicon read as the loader reads it (one term a line). */
    private final RepairChain chain = chain();

    private static RepairChain chain() {
        try {
            java.util.Set<String> keep = new java.util.TreeSet<>();
            for (String line : java.nio.file.Files.readAllLines(java.nio.file.Path.of("lexicons/hyphen-keep.txt"))) {
                if (!line.isBlank() && !line.strip().startsWith("#")) {
                    keep.add(line.strip().replaceFirst("^=\\s*", "").toLowerCase(java.util.Locale.ROOT));
                }
            }
            return RepairChain.from(org.symqa.resources.KeyValueFile.parse("rules/text-repair.txt",
                    java.nio.file.Files.readString(java.nio.file.Path.of("rules/text-repair.txt"))), keep);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private RepairedText repair(String s) {
        return chain.apply(RepairedText.of(s));
    }

    @Test
    void joinsWordsHyphenatedAcrossLines() {
        assertEquals("The validation score", repair("The valida-\ntion score").text());
    }

    @Test
    void keepsTheHyphenOfCompoundsAndNames() {
        assertEquals("a non-linear model and the SGED-ConvLSTM", repair("a non-\nlinear model and the SGED-\nConvLSTM").text());
    }

    @Test
    void unfoldsLigatures() {
        assertEquals("field data were flipped", repair("\uFB01eld data were \uFB02ipped").text());
    }

    @Test
    void joinsLinesAndSpaces() {
        assertEquals("The model was trained.", repair("The  model  was \ntrained.").text());
    }

    @Test
    void removesRunningHeadsAndPageNumbers() {
        RepairedText r = repair("was selected.\n\nEcological Informatics 77 (2023) 102232\n\n12\n\nThe next step");
        assertTrue(!r.text().contains("Informatics") && !r.text().contains("12"), r.text());
        assertTrue(r.text().contains("The next step"));
    }

    @Test
    void joinsUrlsBrokenAcrossLines() {
        assertEquals("at https://github.com/lucar/os1190/deep-model. The",
                repair("at https://github.com/lucar/ \nos1190/deep-model. The").text());
    }

    @Test
    void mapsRepairedOffsetsToTheOriginal() {
        String original = "The clas-\nsifier  works.";
        RepairedText r = repair(original);
        int at = r.text().indexOf("works");
        assertEquals(original.indexOf("works"), r.originalOffset(at));
        assertEquals(original.length() - 1, r.originalEnd(r.text().indexOf('.')));
        assertEquals("classifier", r.text().substring(4, 14));
        assertTrue(r.repairs().stream().anyMatch(x -> x.kind().equals("hyphenation")));
    }

    @Test
    void quotesRepairedNamesAsTheSourceWroteThem() {
        RepairedText r = repair("the Chal-\nlenge data");
        assertEquals("the Chal- lenge data", Quote.of(r, 0, r.text().length()));
        RepairedText lower = repair("the clas-\nsifier");
        assertEquals("the classifier", Quote.of(lower, 0, lower.text().length()));
    }
}
