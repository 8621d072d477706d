package org.symqa.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.symqa.lexicon.LexiconLibrary;
import org.symqa.lexicon.WordFamilies;
import org.symqa.nlp.SimpleAnnotator;
import org.symqa.resources.MapSource;
import org.symqa.resources.SourceException;

/**
 * The items of a {@code has:} line: each kind of item, the spaces and bars between them, and errors that name the
 * column where the bad item starts. The value starts at column 8, as after "  has: ".
 */
class ItemParserTest {
    private static final LexiconLibrary ITEMS_LEXICONS =
            new LexiconLibrary(new MapSource("lexicons", Map.of()), new SimpleAnnotator()::tokenize);
    private static final ItemParser ITEMS = new ItemParser(ITEMS_LEXICONS);

    private static List<Item> items(String value) throws SourceException {
        return ITEMS.parse("r.rules", new BlockFile.Field("has", value, 3, 8)).items();
    }

    private static String error(String value) {
        return assertThrows(SourceException.class, () -> items(value)).getMessage();
    }

    private static String show(Item i) {
        return i instanceof Item.WordPattern w ? "/" + w.pattern().pattern() + "/" : i.toString();
    }

    @Test
    void readsEachKindOfItem() throws Exception {
        assertEquals(List.of(new Item.Lemma("gpu"), new Item.Phrase(List.of("graphics", "card"), "graphics card"),
                new Item.Number()), items("GPU | \"Graphics Card\" | #NUM"));
        assertEquals(List.of(new Item.Number()), items("#NUM"));
        assertEquals("/GPUs?/", show(items("/GPUs?/").get(0)));
    }

    @Test
    void spacesAroundItemsAndBarsAreOptional() throws Exception {
        List<Item> want = List.of(new Item.Lemma("a"), new Item.Lemma("b"), new Item.Lemma("c"));
        assertEquals(want, items("a|b|c"));
        assertEquals(want, items("  a  |  b |c   "));
    }

    /** A slash escaped with a backslash stays in the regex, and a bar inside a regex or phrase is no separator. */
    @Test
    void regexesAndPhrasesRunToTheirClosingMark() throws Exception {
        assertEquals(List.of("/a\\/b/", "c"), items("/a\\/b/ | c").stream().map(ItemParserTest::show).toList());
        assertEquals(List.of("/a|b/"), items("/a|b/").stream().map(ItemParserTest::show).toList());
        assertEquals(List.of(new Item.Phrase(List.of("a", "|", "b"), "a | b")), items("\"a | b\""));
    }

    @Test
    void errorsNameTheColumnOfTheBadPart() {
        assertEquals("r.rules:3:8: expected an item", error(""));
        assertEquals("r.rules:3:14: expected an item", error("gpu | "));
        assertEquals("r.rules:3:14: bad item 'x y': expected word, \"phrase\", @lexicon, /regex/, #NUM or ~word", error("gpu | x y"));
        assertEquals("r.rules:3:14: unclosed phrase: missing closing \"", error("gpu | \"graphics card"));
        assertEquals("r.rules:3:14: unclosed pattern: missing closing /", error("gpu | /a\\/"));
        assertEquals("r.rules:3:24: expected '|' between items", error("\"graphics card\" gpu"));
        assertEquals("r.rules:3:18: bad word pattern: Unclosed group", error("gpu | /a(b/"));
        assertEquals("r.rules:3:14: empty phrase", error("gpu | \"  \""));
        assertEquals("r.rules:3:14: unknown lexicon 'gpu-list' (no lexicons/gpu-list.txt)", error("gpu | @gpu-list"));
    }

    /** An empty place between bars is an item that is not a word. */
    @Test
    void anEmptyPlaceBetweenBarsIsABadItem() {
        assertEquals("r.rules:3:8: bad item '': expected word, \"phrase\", @lexicon, /regex/, #NUM or ~word", error("| gpu"));
        assertEquals("r.rules:3:14: bad item '': expected word, \"phrase\", @lexicon, /regex/, #NUM or ~word", error("gpu | | tpu"));
        assertEquals("r.rules:3:13: bad item '': expected word, \"phrase\", @lexicon, /regex/, #NUM or ~word", error("gpu || tpu"));
    }

    @Test
    void collectingReportsEveryUnknownLexiconOfTheLine() {
        List<SourceException> errors = new ArrayList<>();
        assertNull(ITEMS.parseCollecting("r.rules", new BlockFile.Field("has", "@a | gpu | @b", 3, 8), errors));
        assertEquals(List.of("r.rules:3:8: unknown lexicon 'a' (no lexicons/a.txt)",
                "r.rules:3:19: unknown lexicon 'b' (no lexicons/b.txt)"), errors.stream().map(Exception::getMessage).toList());
    }

    /** {@code rules check} reads each item with the column where it starts; an item that does not parse is not handed. */
    @Test
    void handsEachParsedItemWithItsPlace() {
        List<ItemParser.Written> written = new ArrayList<>();
        ItemParser parser = new ItemParser(ITEMS_LEXICONS, written::add);
        List<SourceException> errors = new ArrayList<>();
        parser.parseCollecting("r.rules", new BlockFile.Field("not", "gpu |  \"et al\" | @none | #NUM", 3, 8), errors);
        assertEquals(1, errors.size());
        assertEquals(List.of(new ItemParser.Written("r.rules", 3, 8, new Item.Lemma("gpu")),
                new ItemParser.Written("r.rules", 3, 15, new Item.Phrase(List.of("et", "al"), "et al")),
                new ItemParser.Written("r.rules", 3, 33, new Item.Number())), written);
    }

    @Test
    void anItemIsWrittenAtLineAndColumnOneOrLater() {
        Item gpu = new Item.Lemma("gpu");
        assertEquals(1, new ItemParser.Written("r.rules", 1, 1, gpu).line());
        assertEquals("an item is written at line and column 1 or later, not r.rules:0:1",
                assertThrows(IllegalArgumentException.class, () -> new ItemParser.Written("r.rules", 0, 1, gpu))
                        .getMessage());
        assertThrows(IllegalArgumentException.class, () -> new ItemParser.Written("r.rules", 1, 0, gpu));
        assertThrows(NullPointerException.class, () -> new ItemParser.Written(null, 1, 1, gpu));
        assertThrows(NullPointerException.class, () -> new ItemParser.Written("r.rules", 1, 1, null));
        assertThrows(NullPointerException.class, () -> new ItemParser(ITEMS_LEXICONS, null));
    }

    /** {@code ~word} stands for the word's family, found through an inflection; a word of no family is an error. */
    @Test
    void aTildeNamesTheWordsFamily() throws Exception {
        WordFamilies families = WordFamilies.parse("word-families.txt", "augment augmentation\nclassify classifier\n");
        ItemParser parser = new ItemParser(ITEMS_LEXICONS, families, w -> { });
        List<Item> got = parser.parse("r.rules", new BlockFile.Field("has", "~Augmented | train", 3, 8)).items();
        assertEquals(List.of(new FamilyWords("augmented", List.of("augment", "augmentation")), new Item.Lemma("train")),
                got);
        assertEquals("~augmented", got.get(0).toString());
        SourceException e = assertThrows(SourceException.class,
                () -> parser.parse("r.rules", new BlockFile.Field("has", "train | ~rotate", 3, 8)));
        assertEquals("r.rules:3:16: '~rotate': no family in lexicons/word-families.txt holds 'rotate' (add it to a "
                + "family line, or write the word)", e.getMessage());
        assertEquals("r.rules:3:8: '~augment': no family in lexicons/word-families.txt holds 'augment' (add it to a "
                + "family line, or write the word)", error("~augment"));
        assertEquals("r.rules:3:8: bad item '~': expected ~ and a word", error("~"));
    }
}
