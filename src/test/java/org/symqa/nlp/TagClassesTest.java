package org.symqa.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.process.Morphology;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.symqa.TestPipeline;

/**
 * The tag classes of corenlp-tags.txt hold for CoreNLP's Morpha on a kept word list: every tag of a class gives each
 * word the lemma its first tag gives, so possibleLemmas may lemmatise under one tag per class.
 */
class TagClassesTest {
    private static final TagClasses CLASSES = CoreNlpAnnotator.tagClasses();
    private static List<String> words;
    /** Tag -> the lemma of each word under it. */
    private static final Map<String, List<String>> LEMMAS = new HashMap<>();

    @BeforeAll
    static void lemmatise() throws IOException {
        words = new ArrayList<>();
        try (InputStream in = TagClassesTest.class.getResourceAsStream("/org/symqa/nlp/words.txt")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isEmpty() && !line.startsWith("# ")) {
                    words.add(line);
                }
            }
        }
        Morphology m = new Morphology();
        for (String tag : CLASSES.tags()) {
            List<String> l = new ArrayList<>(words.size());
            for (String w : words) {
                l.add(m.lemma(w, tag));
            }
            LEMMAS.put(tag, l);
        }
    }

    @Test
    void theWordListIsLarge() {
        assertTrue(words.size() > 5000, "words: " + words.size());
    }

    @Test
    void everyTagOfAClassLemmatisesLikeItsFirst() {
        List<String> wrong = new ArrayList<>();
        for (List<String> c : CLASSES.classes()) {
            List<String> first = LEMMAS.get(c.get(0));
            for (String tag : c) {
                List<String> these = LEMMAS.get(tag);
                for (int i = 0; i < words.size(); i++) {
                    if (!these.get(i).equals(first.get(i)) && wrong.size() < 20) {
                        wrong.add(words.get(i) + ": " + tag + " " + these.get(i) + ", " + c.get(0) + " " + first.get(i));
                    }
                }
            }
        }
        assertEquals(List.of(), wrong, "tags that Morpha no longer lemmatises alike; split their line in corenlp-tags.txt");
    }

    /** The list keeps the words that tell classes apart, so merging two lines of the tag file fails the test above. */
    @Test
    void theWordsTellEveryTwoClassesApart() {
        List<String> reps = CLASSES.representatives();
        List<String> alike = new ArrayList<>();
        for (int a = 0; a < reps.size(); a++) {
            for (int b = a + 1; b < reps.size(); b++) {
                if (LEMMAS.get(reps.get(a)).equals(LEMMAS.get(reps.get(b)))) {
                    alike.add(reps.get(a) + " " + reps.get(b));
                }
            }
        }
        assertEquals(List.of(), alike, "classes the word list cannot tell apart");
    }

    @Test
    void possibleLemmasAreTheLemmasUnderEveryTagInSortedOrder() {
        List<String> sorted = CLASSES.tags().stream().sorted().toList();
        CoreNlpAnnotator annotator = TestPipeline.annotator();
        for (int i = 0; i < words.size(); i++) {
            Set<String> all = new LinkedHashSet<>();
            all.add(words.get(i));
            for (String tag : sorted) {
                all.add(LEMMAS.get(tag).get(i));
            }
            assertEquals(List.copyOf(all), annotator.possibleLemmas(words.get(i)), words.get(i));
        }
    }

    @Test
    void theFileListsEveryTagOnceInClasses() {
        assertEquals(50, CLASSES.tags().size());
        assertEquals(Set.copyOf(CLASSES.tags()).size(), CLASSES.tags().size());
        assertEquals(List.of("$", "''", "ADD"), CLASSES.representatives().subList(0, 3));
        assertEquals(List.of("VB", "VBN", "VBP"), CLASSES.classes().get(19));
    }

    @Test
    void aTagInTwoClassesOrAnEmptyClassIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> new TagClasses(List.of(List.of("NN"), List.of("JJ", "NN"))));
        assertThrows(IllegalArgumentException.class, () -> new TagClasses(List.of(List.of("NN"), List.of())));
        assertThrows(IllegalStateException.class, () -> TagClasses.read("/no/such/tags.txt"));
        assertEquals(List.of("NN", "JJ"), new TagClasses(List.of(List.of("NN", "NNS"), List.of("JJ"))).representatives());
    }

    /** A tag's class is its line; a tag of no line has none. */
    @Test
    void aTagsClassIsItsLine() {
        TagClasses c = new TagClasses(List.of(List.of("NN"), List.of("VB", "VBN", "VBP")));
        assertEquals(0, c.classOf("NN"));
        assertEquals(1, c.classOf("VB"));
        assertEquals(1, c.classOf("VBP"), "the last tag of a line");
        assertEquals(-1, c.classOf("JJ"));
        for (String tag : CLASSES.tags()) {
            assertTrue(CLASSES.classes().get(CLASSES.classOf(tag)).contains(tag), tag);
        }
    }
}
