package org.symqa.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.symqa.TestPipeline;
import org.symqa.resources.ResourceSource;
import org.symqa.resources.SourceException;

/** The OpenNLP backend: tagging, lemmas, what the prefilter may assume, thread safety and bad data files. */
class OpenNlpAnnotatorTest {
    private final OpenNlpAnnotator a = TestPipeline.openNlp();

    private String tagged(String text) {
        StringBuilder b = new StringBuilder();
        for (Sentence s : a.annotate(text)) {
            for (Token t : s.tokens()) {
                b.append(t.word()).append('/').append(t.pos()).append('/').append(t.lemma()).append(' ');
            }
        }
        return b.toString().strip();
    }

    @Test
    void tagsAndLemmatisesWithPennTags() {
        assertEquals("Training/NN/training was/VBD/be done/VBN/do on/IN/on two/CD/two NVIDIA/NNP/NVIDIA "
                + "RTX/NNP/RTX 3090/CD/3090 cards/NNS/card ././.", tagged("Training was done on two NVIDIA RTX 3090 cards."));
    }

    @Test
    void aCapitalisedCommonWordOpeningASentenceIsNotAName() {
        assertTrue(tagged("Training was done on GPUs.").startsWith("Training/NN"), tagged("Training was done on GPUs."));
        assertTrue(tagged("Trained on GPUs, the model converged.").startsWith("Trained/VBN/train"),
                tagged("Trained on GPUs, the model converged."));
        assertTrue(tagged("Keras was used.").startsWith("Keras/NNP/Keras"), tagged("Keras was used."));
    }

    @Test
    void everyLemmaATokenGetsIsAPossibleLemmaOfItsWord() {
        for (Sentence s : a.annotate("The models were trained and evaluated; data were split 80/20. "
                + "Images were resized, cropped and labelled by the annotators, who're experts.")) {
            for (Token t : s.tokens()) {
                assertTrue(a.possibleLemmas(t.word()).contains(t.lemma()), t + " " + a.possibleLemmas(t.word()));
                assertTrue(a.tags().contains(t.pos()), t.toString());
            }
        }
    }

    @Test
    void taggingIsTheSameOnEveryThread() throws Exception {
        List<Sentence> split = a.split(Files.readString(Path.of("testdata/prompts/postprocessing-partial.txt")));
        List<Sentence> once = split.stream().map(a::tag).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<Sentence>>> runs = new java.util.ArrayList<>();
            for (int i = 0; i < 8; i++) {
                runs.add(pool.submit(() -> split.stream().map(a::tag).toList()));
            }
            for (Future<List<Sentence>> f : runs) {
                assertEquals(once, f.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aMissingOrBadDataFileStopsLoadingWithItsName(@TempDir Path dir) throws Exception {
        Path rules = dir.resolve("rules");
        Path lexicons = dir.resolve("lexicons");
        Files.createDirectories(rules.resolve("opennlp"));
        Files.createDirectories(lexicons.resolve("opennlp"));
        for (String f : List.of("abbreviations.txt", "clitics.txt", "units.txt", "lemmas.txt")) {
            Files.copy(Path.of("lexicons/opennlp", f), lexicons.resolve("opennlp").resolve(f));
        }
        Files.copy(Path.of("rules/opennlp/lemma-suffixes.txt"), rules.resolve("opennlp/lemma-suffixes.txt"));
        SourceException e = assertThrows(SourceException.class, () -> OpenNlpAnnotator.load(
                ResourceSource.directory(rules, "R"), ResourceSource.directory(lexicons, "L")));
        assertEquals("R/opennlp/tags.txt:1:1: file not found", e.getMessage());
        Files.writeString(lexicons.resolve("opennlp/abbreviations.txt"), "al\nFig\n");
        e = assertThrows(SourceException.class, () -> OpenNlpAnnotator.load(
                ResourceSource.directory(rules, "R"), ResourceSource.directory(lexicons, "L")));
        assertTrue(e.getMessage().startsWith("L/opennlp/abbreviations.txt:2:1: "), e.getMessage());
    }

    @Test
    void itsDataFilesAreNamedForTheDigest() {
        assertEquals(List.of("lexicons/opennlp/abbreviations.txt", "lexicons/opennlp/clitics.txt",
                "lexicons/opennlp/lemmas.txt", "lexicons/opennlp/units.txt", "rules/opennlp/lemma-suffixes.txt",
                "rules/opennlp/tags.txt"), List.copyOf(a.dataFiles().keySet()));
    }
}
