package org.symqa.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.symqa.evidence.FactMakerTest.tokens;
import static org.symqa.evidence.FactMakerTest.words;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.symqa.nlp.Token;
import org.symqa.resources.KeyValueFile;
import org.symqa.resources.SourceException;
import org.symqa.rules.Span;

/**
 * The tag settings of {@code rules/facts.txt} ({@code number-tags:}, {@code plural-noun-tags:}, {@code noun-tags:},
 * {@code modifier-tags:}, {@code name-tags:}, {@code grow-stop-tags:}, {@code grown-end-tags:}): read from the file, defaulted when absent, checked with their place, and
 * used where a fact's edges are found; on hand-tagged tokens ({@code word/TAG}).
 */
class FactTagsTest {
    private static final String OK = "generic: dataset\nclause-end: which\nunit: @unit\nmax-grow: 10\n";
    private static final Map<String, Function<FactTags, Pattern>> BY_KEY = Map.of("number-tags", FactTags::number,
            "plural-noun-tags", FactTags::pluralNoun, "noun-tags", FactTags::noun, "modifier-tags", FactTags::modifier,
            "name-tags", FactTags::name, "grow-stop-tags", FactTags::growStop, "grown-end-tags", FactTags::grownEnd);

    private static FactTags read(String extra) throws SourceException {
        EvidenceKit kit = new EvidenceKit(Map.of("unit", "GB\n"));
        return FactSettings.from(KeyValueFile.parse("facts.txt", OK + extra), kit.items).tags();
    }

    /** The mention [start, end) grown over name parts with these tags. */
    private static String whole(FactTags tags, String tagged, int start, int end) {
        List<Token> t = tokens(tagged);
        return words(t, FactEdges.whole(new Span(start, end), t, new boolean[t.size()], tags));
    }

    @Test
    void aMissingLineTakesTodaysTags() throws Exception {
        FactTags tags = read("");
        assertEquals("CD", tags.number().pattern());
        assertEquals("NNS", tags.pluralNoun().pattern());
        assertEquals("NN.*", tags.noun().pattern());
        assertEquals("JJ.*", tags.modifier().pattern());
        assertEquals("NNP.*|CD", tags.name().pattern());
        assertEquals("(?!)", tags.growStop().pattern(), "no growth stop: a bare word grows as before");
        assertFalse(tags.stopsGrowth(tokens("was/VBD").get(0)));
        assertEquals("(?!)", tags.grownEnd().pattern(), "no grown-end tag: a grown word ends as before");
        assertFalse(tags.endsNoGrowth(tokens("the/DT").get(0)));
    }

    @Test
    void aGrowStopTagStopsGrowthOnlyOnItsTags() throws Exception {
        FactTags tags = read("grow-stop-tags: VBZ|VBD\n");
        assertTrue(tags.stopsGrowth(tokens("was/VBD").get(0)));
        assertTrue(tags.stopsGrowth(tokens("is/VBZ").get(0)));
        assertFalse(tags.stopsGrowth(tokens("used/VBN").get(0)), "a participle goes on: 'augmented by flips'");
        assertFalse(tags.stopsGrowth(tokens("VBDX/NN").get(0)), "a tag matches whole");
    }

    @ParameterizedTest
    @ValueSource(strings = {"number-tags", "plural-noun-tags", "noun-tags", "modifier-tags", "name-tags",
        "grow-stop-tags", "grown-end-tags"})
    void eachLineIsReadAndTheOthersKeepTheirDefault(String key) throws Exception {
        FactTags tags = read("# a comment\n" + key + ": XX|YY\n");
        BY_KEY.forEach((k, of) -> assertEquals(k.equals(key) ? "XX|YY" : of.apply(FactTags.DEFAULT).pattern(),
                of.apply(tags).pattern(), k));
    }

    @ParameterizedTest
    @ValueSource(strings = {"number-tags", "plural-noun-tags", "noun-tags", "modifier-tags", "name-tags", "end-tags",
        "grow-stop-tags", "grown-end-tags"})
    void aBadPatternIsReportedWithItsLineAndColumn(String key) {
        int column = key.length() + 3 + "NN|(JJ".length(); // Java places an unclosed group at the pattern's end
        assertEquals("facts.txt:6:" + column + ": bad " + key + " pattern: Unclosed group",
                assertThrows(SourceException.class, () -> read("# a comment\n" + key + ": NN|(JJ\n")).getMessage());
    }

    @Test
    void aTagMatchesWhole() {
        FactTags tags = FactTags.DEFAULT;
        assertTrue(tags.nameTag(tokens("GPU/NNPS").get(0)));
        assertTrue(tags.nameTag(tokens("3090/CD").get(0)));
        assertFalse(tags.nameTag(tokens("GPU/NN").get(0)), "NNP.* is no prefix of NN");
        assertFalse(tags.count(tokens("800/CD").get(0), tokens("images/NNSX").get(0)), "NNS must be the whole tag");
        assertTrue(tags.count(tokens("800/CD").get(0), tokens("images/NNS").get(0)));
        assertFalse(tags.count(tokens("800/CD").get(0), tokens("images/NN").get(0)), "a singular noun is not counted");
    }

    /** A bare word's growth keeps the noun a number counts at its end ("after 5 consecutive epochs"). */
    @Test
    void theNounANumberCountsIsCounted() {
        FactTags tags = FactTags.DEFAULT;
        assertTrue(tags.counted(tokens("after/IN 5/CD epochs/NNS"), 2));
        assertTrue(tags.counted(tokens("after/IN 5/CD consecutive/JJ epochs/NNS"), 3));
        assertTrue(tags.counted(tokens("5/CD consecutive/JJ epochs/NNS"), 2), "the number may be the first word");
        assertFalse(tags.counted(tokens("after/IN several/JJ epochs/NNS"), 2), "an adjective alone counts nothing");
        assertFalse(tags.counted(tokens("consecutive/JJ epochs/NNS"), 1), "no word before the adjective");
        assertFalse(tags.counted(tokens("the/DT epochs/NNS"), 1));
        assertFalse(tags.counted(tokens("epochs/NNS"), 0));
        assertFalse(tags.counted(tokens("of/IN 0.01/CD for/IN"), 2), "only a noun is counted");
    }

    @Test
    void theFilesTagsDecideWhatIsCounted() throws Exception {
        assertFalse(read("noun-tags: NNS\n").counted(tokens("with/IN 24/CD GB/NN"), 2));
        assertTrue(read("noun-tags: NNS\n").counted(tokens("with/IN 24/CD images/NNS"), 2));
        assertTrue(read("number-tags: CD|LS\n").counted(tokens("after/IN five/LS epochs/NNS"), 2));
        assertFalse(read("number-tags: LS\n").counted(tokens("after/IN 5/CD epochs/NNS"), 2));
        assertTrue(read("modifier-tags: JJ.*|VBN\n").counted(tokens("of/IN 5/CD labelled/VBN images/NNS"), 3));
        assertFalse(FactTags.DEFAULT.counted(tokens("of/IN 5/CD labelled/VBN images/NNS"), 3));
    }

    @Test
    void theFilesTagsDecideWhatAFactGrowsOver() throws Exception {
        String card = "an/DT NVIDIA/NNP RTX/NNP 3090/CD GPU/NNP card/NN";
        assertEquals("NVIDIA RTX 3090 GPU", whole(FactTags.DEFAULT, card, 2, 3));
        assertEquals("NVIDIA RTX", whole(read("name-tags: NNP.*\n"), card, 2, 3), "a number is no name part now");
        String images = "of/IN 800/CD images/NNS were/VBD";
        assertEquals("images", whole(FactTags.DEFAULT, images, 2, 3), "a count before a plural noun is no name part");
        assertEquals("800 images", whole(read("plural-noun-tags: NNPS\n"), images, 2, 3));
        assertEquals("800 images", whole(read("number-tags: LS\n"), images, 2, 3), "800 counts nothing now");
    }

    /** A bare word's growth ends on neither a dangling word of the grown-end tags nor a trimmed compound's modifier. */
    private static String grown(FactTags tags, String tagged, int min, boolean... generic) {
        List<Token> t = tokens(tagged);
        return words(t, new Span(0, FactEdges.trimGrown(t, min, t.size(), generic, tags)));
    }

    @Test
    void aGrownWordEndsOnNeitherATrailingGenericWordNorWhatItLeavesDangling() throws Exception {
        FactTags tags = read("grown-end-tags: IN|CC|DT|JJ.*|VBG|PRP\\$\n");
        String spaces = "hyperparameters/NNS and/CC their/PRP$ search/NN spaces/NNS for/IN determining/VBG the/DT best/JJS"
                + " model/NN values/NNS";
        boolean[] generic = {true, true, true, false, false, true, false, true, false, true, true};
        assertEquals("hyperparameters and their search spaces", grown(tags, spaces, 1, generic),
                "generic words, then what they leave, in turns");
        assertEquals("hyperparameters and their search spaces for determining the best", grown(FactTags.DEFAULT,
                spaces, 1, generic), "without grown-end tags only the generic words go");
        assertEquals("hyperparameters and their", grown(tags, "hyperparameters/NNS and/CC their/PRP$", 3, true, true,
                true), "never below the bare word's own end");
    }

    @Test
    void aGenericNounThatHeadsANonGenericNounStays() throws Exception {
        FactTags tags = read("grown-end-tags: DT|JJ.*\n");
        assertEquals("track the generalisation performance", grown(tags, "track/VB the/DT generalisation/NN performance/NN",
                1, true, true, false, true));
        assertEquals("track", grown(tags, "track/VB the/DT good/JJ performance/NN", 1, true, true, false, true),
                "an adjective before it is no compound");
        assertEquals("track", grown(tags, "track/VB the/DT model/NN performance/NN", 1, true, true, true, true),
                "a generic noun before it is no reason to keep it");
        assertEquals("after 5 epochs", grown(tags, "after/IN 5/CD epochs/NNS", 1, true, false, true),
                "the noun a number counts stays");
    }
}
