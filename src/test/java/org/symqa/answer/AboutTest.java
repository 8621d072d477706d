package org.symqa.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.symqa.evidence.Background;
import org.symqa.lexicon.LexiconLibrary;
import org.symqa.lexicon.TermMatcher;
import org.symqa.nlp.Document;
import org.symqa.nlp.Sentence;
import org.symqa.nlp.SimpleAnnotator;
import org.symqa.resources.KeyValueFile;
import org.symqa.resources.MapSource;
import org.symqa.resources.SourceException;
import org.symqa.rules.ItemParser;
import org.symqa.rules.SentenceView;

/**
 * What {@code about.txt}'s kinds find in the chunks: each term named once, of the kind of its lexicon rather than a
 * pattern's, taken in turns from each kind up to the most terms; whether any sentence speaks of deep learning; and
 * how a bad kind line is reported. On hand-made chunks and lexicons.
 */
class AboutTest {
    private static final String SETTINGS = "heading: (\\d\\. \\p{Lu}.+)\nmax-sections: 0\n"
            + "kind: /[A-Za-z]*Net\\d*/\nkind: @dataset\n"
            + "kind: [hardware compute] @device\ndeep-learning: /[A-Za-z]*Net/ | \"neural network\"\n"
            + "max-terms: MAX\nstudy-quotes: 0\nstudy-min-words: 6\nstudy-max-words: 60\n";
    private final SimpleAnnotator annotator = new SimpleAnnotator();
    private final LexiconLibrary lexicons = new LexiconLibrary(new MapSource("lexicons", Map.of(
            "dataset.txt", "imagenet\ncoco\n", "device.txt", "gpu\ncpu\ngb of ram\n")), annotator::tokenize);
    private final ItemParser items = new ItemParser(lexicons);
    private final Background background;
    private final Function<Sentence, SentenceView> views;

    AboutTest() throws Exception {
        background = Background.from(KeyValueFile.parse("background.txt", "reference-token: /(?:19|20)\\d\\d/\n"
                + "reference-share: 0.5\nreference-min: 3\nreference-head: 10\nreference-head-token: /(19|20)\\d\\d/\nreference-opening: (?!)\nreference-fragment: 0\nreference-reach: 0\n"
                + "other-work: \"previous studies\"\nself: we\nplans: \"future work\"\n"), items);
        TermMatcher matcher = new TermMatcher(List.of(lexicons.get("dataset"), lexicons.get("device")));
        views = s -> new SentenceView(s, matcher.find(s.tokens()));
    }

    private About about(int maxTerms) throws SourceException {
        return About.from(KeyValueFile.parse("about.txt", SETTINGS.replace("MAX", Integer.toString(maxTerms))), items,
                Set.of());
    }

    private Document document(String... chunks) {
        return Chunks.document(annotator, chunks);
    }

    @Test
    void aTermALexiconFindsTakesTheLexiconsKindOverAPatterns() throws Exception {
        // "ImageNet" matches the model pattern of the first kind too
        assertEquals(List.of(new About.Named("ImageNet", 1, 1)),
                about(4).named(document("We used ImageNet for pretraining."), views, background, "general", null));
    }

    @Test
    void termsAreTakenInTurnsFromEachKindUpToTheMost() throws Exception {
        Document d = document("We trained ResNet and DenseNet and VGGNet on COCO with a GPU and a CPU.");
        assertEquals(List.of(new About.Named("ResNet", 1, 0), new About.Named("COCO", 1, 1),
                new About.Named("GPU", 1, 2)), about(3).named(d, views, background, "general", null));
        assertEquals(List.of(new About.Named("ResNet", 1, 0), new About.Named("COCO", 1, 1),
                new About.Named("GPU", 1, 2), new About.Named("DenseNet", 1, 0)), about(4).named(d, views, background, "general", null));
    }

    @Test
    void aKindNamedFirstForTheTopicFillsTheListBeforeTheTurns() throws Exception {
        Document d = document("We trained ResNet and DenseNet on COCO with a GPU, a CPU and a TPU.");
        assertEquals(List.of(new About.Named("GPU", 1, 2), new About.Named("CPU", 1, 2),
                new About.Named("ResNet", 1, 0)), about(3).named(d, views, background, "hardware", null));
        assertEquals(List.of(new About.Named("GPU", 1, 2), new About.Named("CPU", 1, 2)),
                about(2).named(d, views, background, "compute", null), "either topic of the brackets");
        assertEquals(List.of(new About.Named("ResNet", 1, 0), new About.Named("COCO", 1, 1),
                new About.Named("GPU", 1, 2)), about(3).named(d, views, background, "datasets", null),
                "another topic takes the kinds in turns");
    }

    @Test
    void theKindOrderPutsATopicsKindsFirst() throws Exception {
        assertEquals(List.of(2, 0, 1), about(3).kindOrder("hardware"));
        assertEquals(List.of(0, 1, 2), about(3).kindOrder("datasets"));
    }

    /** {@code kind: only [topics]}: its terms are named in replies of those topics alone, first there. */
    @Test
    void aKindOnlyForSomeTopicsIsNamedForThemAlone() throws Exception {
        About only = About.from(KeyValueFile.parse("about.txt", SETTINGS.replace("MAX", "3")
                .replace("kind: [hardware compute]", "kind: only [hardware compute]")), items, Set.of());
        Document d = document("We trained ResNet and DenseNet on COCO with a GPU, a CPU and a TPU.");
        assertEquals(List.of(new About.Named("GPU", 1, 2), new About.Named("CPU", 1, 2),
                new About.Named("ResNet", 1, 0)), only.named(d, views, background, "hardware", null));
        assertEquals(List.of(new About.Named("ResNet", 1, 0), new About.Named("COCO", 1, 1),
                new About.Named("DenseNet", 1, 0)), only.named(d, views, background, "datasets", null),
                "another topic names no device and fills the list from the other kinds");
        assertEquals(List.of(2, 0, 1), only.kindOrder("compute"));
        assertEquals(List.of(0, 1), only.kindOrder("datasets"));
        assertEquals(List.of(0, 1, 2), about(3).kindOrder("datasets"), "without only, every kind");
    }

    @Test
    void aTopicTwiceInTheBracketsIsReportedWhereItStands() {
        SourceException e = assertThrows(SourceException.class, () -> About.from(KeyValueFile.parse("about.txt",
                SETTINGS.replace("MAX", "4").replace("[hardware compute]", "[hardware hardware]")), items, Set.of()));
        assertTrue(e.getMessage().startsWith("about.txt:5:") && e.getMessage().contains("'hardware' twice"),
                e.getMessage());
    }

    @Test
    void aYesNoSettingTakesOnlyYesOrNoAndCueOnlyNeedsACue() throws Exception {
        String base = SETTINGS.replace("MAX", "4");
        int next = (int) base.lines().count() + 1;
        SourceException e = assertThrows(SourceException.class, () -> About.from(KeyValueFile.parse("about.txt",
                base + "reference-lists: maybe\n"), items, Set.of()));
        assertEquals("about.txt:" + next + ":18: reference-lists must be yes or no, not 'maybe'", e.getMessage());
        assertTrue(About.from(KeyValueFile.parse("about.txt", base + "reference-lists: yes\n"), items, Set.of())
                .sections().references());
        assertFalse(About.from(KeyValueFile.parse("about.txt", base + "reference-lists: no\n"), items, Set.of())
                .sections().references());
        assertFalse(about(4).sections().references());
        assertTrue(About.from(KeyValueFile.parse("about.txt", base + "study-cue: \"we propose\"\nstudy-cue-only: yes\n"),
                items, Set.of()).study().cueOnly());
        assertFalse(about(4).study().cueOnly());
        SourceException noCue = assertThrows(SourceException.class, () -> About.from(KeyValueFile.parse("about.txt",
                base + "study-cue-only: yes\n"), items, Set.of()));
        assertEquals("about.txt:" + next + ":17: study-cue-only: yes needs a study-cue: line (without one no sentence "
                + "would be quoted)", noCue.getMessage());
    }

    @Test
    void aTermWithinALongerOneIsLeftOutAndAVersionedNameEndsATerm() throws Exception {
        assertEquals(List.of(new About.Named("DenseNet201", 1, 0), new About.Named("COCO", 1, 1)),
                about(4).named(document("We trained DenseNet and DenseNet201 on COCO."), views, background, "general", null),
                "DenseNet is within DenseNet201");
        assertEquals(List.of(new About.Named("DenseNet201", 1, 0), new About.Named("ResNet", 1, 0)),
                about(4).named(document("Models: DenseNet201 ResNet."), views, background, "general", null),
                "a versioned name ends its term");
        assertEquals(List.of(new About.Named("DenseNet ResNet", 1, 0)),
                about(4).named(document("Models: DenseNet ResNet."), views, background, "general", null),
                "names side by side are one term otherwise");
    }

    /** Settings with a grow: line, and fact growth by the tags of {@link SimpleAnnotator} (NN, CD). */
    private List<About.Named> grown(String grow, String text) throws Exception {
        About a = About.from(KeyValueFile.parse("about.txt", SETTINGS.replace("MAX", "6") + grow), items, Set.of());
        org.symqa.evidence.FactSettings facts = org.symqa.evidence.FactSettings.from(KeyValueFile.parse("facts.txt",
                "generic: dataset\nclause-end: which\nunit: gb\nmax-grow: 10\nend-tags: IN\nname-tags: NN|CD\n"),
                items);
        return a.named(document(text), views, background, "general", facts);
    }

    @Test
    void aTermOfAGrowItemGrowsAsAFactDoesUpToTheTermsBesideIt() throws Exception {
        assertEquals(List.of(new About.Named("COCO", 1, 1), new About.Named("GPU", 1, 2),
                new About.Named("16 GB of RAM", 1, 2), new About.Named("CPU Xeon 5118", 1, 2)),
                grown("grow: @device\n", "We used COCO 2017 on 4 GPU cards with 16 GB of RAM and a CPU Xeon 5118."),
                "the number of its unit before it and the name parts after it, not a count; a dataset is no grow item"
                        + " here");
        assertEquals(List.of(new About.Named("DenseNet201", 1, 0), new About.Named("Tesla A100 GPU", 1, 2)),
                grown("grow: @device\n", "We ran DenseNet201 Tesla A100 GPU."), "no further than the term before it");
        assertEquals(List.of(new About.Named("COCO", 1, 1), new About.Named("GPU", 1, 2),
                new About.Named("CPU", 1, 2)), grown("", "We used COCO 2017 on 4 GPU cards and a CPU Xeon 5118."),
                "without a grow: line no term grows");
        assertEquals(List.of(new About.Named("COCO 2017", 1, 1), new About.Named("GPU", 1, 2)),
                grown("grow: @dataset\n", "We used COCO 2017 on 4 GPU cards."), "only the terms that hold one");
    }

    @Test
    void aTermIsNamedOnceAndNotFromSentencesAboutOtherWork() throws Exception {
        Document d = document("Previous studies trained a DenseNet on a CPU.", "We used a GPU. Our GPUs were old.");
        assertEquals(List.of(new About.Named("GPU", 2, 2)), about(4).named(d, views, background, "general", null));
    }

    @Test
    void aTermTheTermNotPatternFindsIsResidueNotATerm() throws Exception {
        About a = About.from(KeyValueFile.parse("about.txt", SETTINGS.replace("MAX", "4")
                + "term-not: (\\p{Lu}\\p{L}{2,})\\1|\\p{L}{30,}\n"), items, Set.of());
        String letters29 = "AbcdefghijklmnopqrstuvwxyzNet";
        assertEquals(List.of(new About.Named(letters29, 1, 0), new About.Named("GPU", 1, 2)), a.named(document(
                "We ran ResNetResNetResNet and " + letters29 + " and A" + letters29 + " on a GPU."), views, background,
                "general", null), "a name said twice over, and 30 letters, are residue; 29 letters are not");
        assertEquals(List.of(new About.Named("abcabcNet", 1, 0)), a.named(document("We ran abcabcNet."), views,
                background, "general", null), "a lower-case run said twice is no residue");
        SourceException e = assertThrows(SourceException.class, () -> About.from(KeyValueFile.parse("about.txt",
                SETTINGS.replace("MAX", "4") + "term-not: a(b\n"), items, Set.of()));
        assertTrue(e.getMessage().startsWith("about.txt:11:"), e.getMessage());
        assertTrue(e.getMessage().contains("bad term-not pattern"), e.getMessage());
    }

    @Test
    void theShippedTermNotFindsFigureResidueAndNoName() throws Exception {
        KeyValueFile shipped = KeyValueFile.parse("about.txt", java.nio.file.Files.readString(
                java.nio.file.Path.of("rules", "about.txt")));
        java.util.regex.Pattern not = java.util.regex.Pattern.compile(shipped.find("term-not").orElseThrow().value());
        for (String residue : List.of("GRUcellGRUcellGRUcellGRUcellGRUcellGRUcell", "FClayerFClayerGRUlayer",
                "DataCollectionPreProcessingConstruction")) {
            assertTrue(not.matcher(residue).find(), residue);
        }
        for (String name : List.of("Intel Xeon Gold 5118", "EfficientNetB0", "ResNet-50", "Nash-Sutcliffe efficiency",
                "mean absolute percentage error", "GRU-DNN", "Mississippi", "ConvLSTM")) {
            assertFalse(not.matcher(name).find(), name);
        }
    }

    @Test
    void deepLearningCountsInAnySentenceEvenAboutOtherWork() throws Exception {
        About a = about(4);
        assertTrue(a.namesDeepLearning(document("We counted birds.", "Previous studies used a neural network."),
                views));
        assertFalse(a.namesDeepLearning(document("We counted birds on a GPU.", "The network of roads is dense."),
                views));
    }

    @Test
    void aBadItemOfAKindLineIsReportedWhereItStands() {
        SourceException e = assertThrows(SourceException.class, () -> About.from(KeyValueFile.parse("about.txt",
                SETTINGS.replace("MAX", "4").replace("@device\n", "@device | (gpu\n")), items, Set.of()));
        assertTrue(e.getMessage().startsWith("about.txt:5:36:"), e.getMessage());
    }

    @Test
    void anUnknownKeyIsReported() {
        SourceException e = assertThrows(SourceException.class, () -> About.from(KeyValueFile.parse("about.txt",
                SETTINGS.replace("MAX", "4") + "terms: @device\n"), items, Set.of()));
        assertTrue(e.getMessage().startsWith("about.txt:11:1: unknown key 'terms'"), e.getMessage());
    }

    @Test
    void aFileWithoutKindsIsReported() {
        String noKinds = SETTINGS.replace("MAX", "4").replaceAll("kind: [^\n]*\n", "");
        SourceException e = assertThrows(SourceException.class, () -> About.from(KeyValueFile.parse("about.txt",
                noKinds), items, Set.of()));
        assertTrue(e.getMessage().contains("no kind: line"), e.getMessage());
    }
}
