package org.symqa.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.symqa.evidence.Background;
import org.symqa.lexicon.LexiconLibrary;
import org.symqa.nlp.Document;
import org.symqa.nlp.Sentence;
import org.symqa.nlp.SimpleAnnotator;
import org.symqa.resources.KeyValueFile;
import org.symqa.resources.MapSource;
import org.symqa.rules.ItemParser;
import org.symqa.rules.SentenceView;

/** The sections chunks come from: numbered and named headings, reference lists, and the most named. */
class SectionsTest {
    private static final Pattern HEADING = Pattern.compile("(\\d\\. \\p{Lu}.+)");
    private final SimpleAnnotator annotator = new SimpleAnnotator();
    private final Background background;
    private final Function<Sentence, SentenceView> views = s -> new SentenceView(s, List.of());

    SectionsTest() throws Exception {
        ItemParser items = new ItemParser(new LexiconLibrary(new MapSource("lexicons", Map.of()), annotator::tokenize));
        background = Background.from(KeyValueFile.parse("background.txt", "reference-token: /(?:19|20)\\d\\d[.,]?/\n"
                + "reference-share: 0.2\nreference-min: 1\nreference-head: 0\nreference-head-token: /(19|20)\\d\\d/\n"
                + "reference-opening: (?!)\nreference-fragment: 0\nreference-reach: 0\nother-work: \"previous studies\"\n"
                + "self: we\nplans: \"future work\"\n"), items);
    }

    private Document document(String... chunks) {
        return Chunks.document(annotator, chunks);
    }

    @Test
    void headingsNamedHeadingsAndReferenceListsInChunkOrderUpToTheMost() {
        Document d = document("2. Methods and data\nWe trained a network.", "Results:\nIt worked well.",
                "Smith 2019. Jones 2020. Brown 2021.");
        Sections all = new Sections(HEADING, Set.of("results"), 5);
        assertEquals(List.of(new Sections.Section("2. Methods and data", 1), new Sections.Section("Results", 2),
                new Sections.Section(null, 3)), all.find(d, views, background));
        assertEquals(List.of(new Sections.Section("2. Methods and data", 1)),
                new Sections(HEADING, Set.of("results"), 1).find(d, views, background));
        assertEquals(List.of(), new Sections(HEADING, Set.of("results"), 0).find(d, views, background));
    }

    @Test
    void withNoHeadingsNamedOnlyChunksOfMoreThanHalfReferenceSentencesAreReferenceLists() {
        // chunk 2: two of three sentences are entries; chunk 3: one of two, exactly half, is not enough
        Document d = document("2. Methods and data\nWe trained a network.", "Smith 2019. Jones 2020. We ran it.",
                "Brown 2021. We trained it.");
        assertEquals(List.of(new Sections.Section(null, 2)),
                new Sections(HEADING, Set.of("results"), 0, true).find(d, views, background));
        assertEquals(List.of(), new Sections(HEADING, Set.of("results"), 0, false).find(d, views, background));
    }
}
