package org.symqa.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.symqa.resources.ResourceSource;
import org.symqa.resources.SourceException;

/** The rule lemmas of lexicons/opennlp/lemmas.txt and rules/opennlp/lemma-suffixes.txt. */
class LemmasTest {
    private static final Lemmas LEMMAS = load();

    private static Lemmas load() {
        try {
            return OpenNlpData.load(ResourceSource.directory(Path.of("rules"), "rules"),
                    ResourceSource.directory(Path.of("lexicons"), "lexicons")).lemmas();
        } catch (SourceException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    @ParameterizedTest(name = "{0}/{1} -> {2}")
    @CsvSource({
        // regular verbs: plain, e restored, doubled consonant, -ied/-ies
        "trained, VBN, train", "used, VBD, use", "tuning, VBG, tune", "fine-tuned, VBD, fine-tune",
        "evaluated, VBN, evaluate", "computed, VBN, compute", "provided, VBN, provide", "measured, VBN, measure",
        "required, VBN, require", "sampled, VBN, sample", "changed, VBD, change", "continued, VBD, continue",
        "named, VBN, name", "coded, VBN, code", "analyzed, VBN, analyze", "stopped, VBD, stop",
        "splitting, VBG, split", "occurred, VBD, occur", "labelled, VBN, label", "controlled, VBN, control",
        "studied, VBD, study", "tried, VBN, try", "tries, VBZ, try", "died, VBD, die", "applies, VBZ, apply", "processes, VBZ, process", "uses, VBZ, use",
        "agreed, VBD, agree", "seeing, VBG, see", "being, VBG, be",
        // no e: longer verbs, digraphs, clusters
        "limited, VBN, limit", "developed, VBN, develop", "targeted, VBN, target", "trained, VBD, train",
        "belonged, VBD, belong", "called, VBD, call", "learning, VBG, learn", "smoothing, VBG, smooth",
        // irregular forms and exceptions of the lexicon
        "ran, VBD, run", "was, VBD, be", "found, VBN, find", "focused, VBN, focus", "installed, VBN, install",
        "added, VBD, add", "created, VBN, create", "dying, VBG, die",
        // nouns
        "classes, NNS, class", "accuracies, NNS, accuracy", "images, NNS, image", "CNNs, NNS, cnn",
        "GPUs, NNS, gpus", "data, NNS, datum", "analyses, NNS, analysis", "species, NNS, species",
        "statuses, NNS, status", "3-s, NNS, 3-s",
        // adjectives, numbers, names, pronouns; case
        "larger, JJR, large", "easier, JJR, easy", "bigger, JJR, big", "better, JJR, good", "better, RBR, well",
        "'1,000', CD, 1000", "NVIDIA, NNP, NVIDIA", "Training, NN, training", "our, PRP$, we", "’s, VBZ, be"})
    void lemma(String word, String tag, String lemma) {
        assertEquals(lemma, LEMMAS.lemma(word, tag));
    }

    @Test
    void possibleLemmasAreTheWordAndItsLemmaUnderEveryTag() {
        List<String> p = LEMMAS.possible("trained", List.of("NN", "VBD", "VBN", "JJ"));
        assertEquals(List.of("trained", "train"), p);
        assertTrue(LEMMAS.possible("Data", List.of("NNP", "NNS")).containsAll(List.of("Data", "datum")));
    }

    @Test
    void badLinesAreReportedWithFileAndLine() {
        DataFile suffixes = new DataFile("s.txt", "VB: /(.*)ed/ $1\n");
        SourceException e = assertThrows(SourceException.class,
                () -> Lemmas.parse(new DataFile("l.txt", "# forms\nran VBD\n"), suffixes));
        assertTrue(e.getMessage().startsWith("l.txt:2:"), e.getMessage());
        e = assertThrows(SourceException.class,
                () -> Lemmas.parse(new DataFile("l.txt", "ran VBD run\nran VBD run\n"), suffixes));
        assertTrue(e.getMessage().contains("listed twice"), e.getMessage());
        e = assertThrows(SourceException.class,
                () -> Lemmas.parse(new DataFile("l.txt", ""), new DataFile("s.txt", "\nVB: (.*)ed $1\n")));
        assertTrue(e.getMessage().startsWith("s.txt:2:"), e.getMessage());
    }
}
