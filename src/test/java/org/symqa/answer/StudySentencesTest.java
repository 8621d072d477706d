package org.symqa.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.symqa.evidence.Background;
import org.symqa.lexicon.LexiconLibrary;
import org.symqa.nlp.Document;
import org.symqa.nlp.Sentence;
import org.symqa.nlp.SimpleAnnotator;
import org.symqa.resources.KeyValueFile;
import org.symqa.resources.MapSource;
import org.symqa.rules.AnyOf;
import org.symqa.rules.BlockFile;
import org.symqa.rules.ItemParser;
import org.symqa.rules.SentenceView;

/**
 * Which sentence about this study a reply that does not answer quotes: one with a self word and the most different
 * terms, not about other work, of a length within the bounds, at most one per chunk; on hand-made chunks.
 */
class StudySentencesTest {
    private static final Function<Sentence, SentenceView> VIEWS = s -> new SentenceView(s, List.of());
    private final SimpleAnnotator annotator = new SimpleAnnotator();
    private final ItemParser items = new ItemParser(new LexiconLibrary(new MapSource("lexicons", Map.of()),
            annotator::tokenize));
    private final Background background;
    private final AnyOf terms;

    StudySentencesTest() throws Exception {
        background = Background.from(KeyValueFile.parse("background.txt", "reference-token: /(?:19|20)\\d\\d/\n"
                + "reference-share: 0.5\nreference-min: 3\nreference-head: 10\nreference-head-token: /(19|20)\\d\\d/\nreference-opening: (?!)\nreference-fragment: 0\nreference-reach: 0\n"
                + "other-work: \"previous studies\"\nself: we | our\nplans: \"future work\"\n"), items);
        terms = items.parse("about.txt", new BlockFile.Field("terms", "ResNet | SVM | GPU | Adam", 1, 8));
    }

    private Document document(String... chunks) {
        return Chunks.document(annotator, chunks);
    }

    private List<StudySentences.Quoted> pick(StudySentences study, Document d) {
        return study.pick(d, VIEWS, background, terms);
    }

    @Test
    void quotesTheSentenceAboutThisStudyWithTheMostTerms() {
        Document d = document("The weather was fine that year in the park. We trained a ResNet on one GPU with "
                + "Adam today. We trained a ResNet on a big machine today.");
        assertEquals(List.of(new StudySentences.Quoted("We trained a ResNet on one GPU with Adam today.", 1)),
                pick(new StudySentences(1, 3, 60), d));
    }

    @Test
    void aSentenceWithoutASelfWordOrAboutOtherWorkIsNotQuoted() {
        Document d = document("A ResNet on a GPU with Adam is common in the field. Previous studies used an SVM "
                + "and a ResNet. In future work we will try a ResNet on a GPU.");
        assertEquals(List.of(), pick(new StudySentences(1, 3, 60), d));
    }

    @Test
    void theTailOfASentenceCutOffAtTheChunkStartIsNotQuoted() {
        assertEquals(List.of(), pick(new StudySentences(1, 3, 60), document("ran for a day on our GPU.")));
    }

    @Test
    void aSentenceWithoutATermIsNotQuoted() {
        assertEquals(List.of(), pick(new StudySentences(1, 3, 60), document("We walked along the river all day.")));
    }

    @Test
    void atMostOnePerChunkAndAtMostMaxQuotesInChunkOrder() {
        Document d = document("We used an SVM here.", "We used a ResNet on a GPU here. We used Adam here.",
                "We used a ResNet with Adam on a GPU.");
        StudySentences two = new StudySentences(2, 3, 60);
        assertEquals(List.of(new StudySentences.Quoted("We used a ResNet on a GPU here.", 2),
                new StudySentences.Quoted("We used a ResNet with Adam on a GPU.", 3)), pick(two, d));
        assertEquals(List.of(), pick(new StudySentences(0, 3, 60), d));
        assertEquals(3, pick(new StudySentences(5, 3, 60), d).size());
    }

    @Test
    void theWordBoundsHoldAtTheirEdges() {
        // "We used an SVM ." is five tokens
        Document d = document("We used an SVM.");
        assertEquals(1, pick(new StudySentences(1, 5, 5), d).size());
        assertEquals(0, pick(new StudySentences(1, 6, 60), d).size());
        assertEquals(0, pick(new StudySentences(1, 3, 4), d).size());
    }

    @Test
    void badSettingsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new StudySentences(-1, 3, 60));
        assertThrows(IllegalArgumentException.class, () -> new StudySentences(1, 0, 60));
        assertThrows(IllegalArgumentException.class, () -> new StudySentences(1, 7, 6));
    }

    @Test
    void aSentenceOfTheStudysAimIsQuotedWithoutTermsAndRanksAboveOneWithout() throws Exception {
        AnyOf cue = items.parse("about.txt", new BlockFile.Field("study-cue", "\"we propose\"", 1, 12));
        StudySentences withCue = new StudySentences(1, 3, 60, cue);
        Document none = document("We walked along the river all day. We propose a new way to count the birds here.");
        assertEquals(List.of(new StudySentences.Quoted("We propose a new way to count the birds here.", 1)),
                pick(withCue, none));
        assertEquals(List.of(), pick(new StudySentences(1, 3, 60), none), "without the cue nothing is quoted");
        Document both = document("We used a ResNet today in the park.", "We propose to use a ResNet in the park.");
        assertEquals(List.of(new StudySentences.Quoted("We propose to use a ResNet in the park.", 2)), pick(withCue, both));
        Document twoTerms = document("We propose to use a ResNet in the park.", "We used a ResNet on a GPU today.");
        assertEquals(List.of(new StudySentences.Quoted("We used a ResNet on a GPU today.", 2)), pick(withCue, twoTerms),
                "a second term counts more than the cue");
    }

    @Test
    void aSentenceCutOffAtTheChunksEndIsNotQuoted() {
        assertEquals(List.of(), pick(new StudySentences(1, 3, 60), document("We trained a ResNet on one GPU with")));
    }

    @Test
    void withCueOnlyASentenceThatOnlyNamesTermsIsNotQuotedButOneWithACueIs() throws Exception {
        AnyOf cue = items.parse("about.txt", new BlockFile.Field("study-cue", "\"we propose\"", 1, 12));
        Document terms = document("We trained a ResNet on one GPU with Adam today.");
        assertEquals(List.of(), pick(new StudySentences(1, 3, 60, cue, true), terms));
        assertEquals(List.of(new StudySentences.Quoted("We trained a ResNet on one GPU with Adam today.", 1)),
                pick(new StudySentences(1, 3, 60, cue, false), terms));
        Document aim = document("We trained a ResNet on one GPU with Adam today. We propose a way to count birds.");
        assertEquals(List.of(new StudySentences.Quoted("We propose a way to count birds.", 1)),
                pick(new StudySentences(1, 3, 60, cue, true), aim));
    }
}
