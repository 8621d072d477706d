package org.symqa.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.ling.HasWord;
import edu.stanford.nlp.ling.TaggedWord;
import edu.stanford.nlp.ling.Word;
import edu.stanford.nlp.tagger.maxent.LocalScoresOnceSentence;
import edu.stanford.nlp.tagger.maxent.MaxentTagger;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The tagger that scores a position's word features once gives CoreNLP's own tags on every testdata sentence. */
class LocalScoresOnceTaggingTest {
    private static final CoreNlpAnnotator ANNOTATOR = new CoreNlpAnnotator();

    private static void assertSameTags(List<HasWord> words) {
        MaxentTagger tagger = CoreNlpAnnotator.tagger();
        List<TaggedWord> want = tagger.tagSentence(words);
        List<TaggedWord> got = new LocalScoresOnceSentence(tagger).tagSentence(words, false);
        assertEquals(want.toString(), got.toString());
    }

    private static List<HasWord> words(String... w) {
        return Stream.of(w).<HasWord>map(Word::new).toList();
    }

    @Test
    void theTestdataSentencesGetTheSameTags() throws IOException {
        List<Path> files = new ArrayList<>();
        for (String dir : List.of("testdata/prompts", "testdata/papers", "testdata/general/texts")) {
            try (Stream<Path> s = Files.list(Path.of(dir))) {
                s.sorted().forEach(files::add);
            }
        }
        int sentences = 0;
        int tokens = 0;
        for (Path f : files) {
            for (Sentence s : ANNOTATOR.split(Files.readString(f, StandardCharsets.UTF_8))) {
                List<HasWord> words = s.tokens().stream().<HasWord>map(t -> new Word(t.word())).toList();
                assertSameTags(words);
                sentences++;
                tokens += words.size();
            }
        }
        assertTrue(sentences > 800 && tokens > 14_000, sentences + " sentences, " + tokens + " tokens");
    }

    /** A word met again in the same sentence, unknown words, one-word and punctuation-only sentences. */
    @Test
    void repeatedUnknownAndShortSentencesGetTheSameTags() {
        assertSameTags(words("Training", "the", "model", "trained", "the", "training", "model", "."));
        assertSameTags(words("Xyzzyfication", "of", "FOOBAR-3000", "by", "qwertyuiop", "Xyzzyfication", "."));
        assertSameTags(words("Adam"));
        assertSameTags(words("."));
        assertSameTags(words("(", "see", "Fig.", "3b", ")", ";", "p", "<", "0.05", "%"));
    }

    /** Its search history assumes a fresh scorer: a second sentence is refused, not tagged wrong. */
    @Test
    void anInstanceTagsOneSentence() {
        LocalScoresOnceSentence once = new LocalScoresOnceSentence(CoreNlpAnnotator.tagger());
        once.tagSentence(words("We", "trained", "it", "."), false);
        IllegalStateException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                () -> once.tagSentence(words("Again", "."), false));
        assertTrue(e.getMessage().contains("one sentence"), e.getMessage());
    }
}
