package org.symqa.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.symqa.resources.SourceException;

class WordFamiliesTest {
    private static final String TEXT = """
            # test families
            classify classification classifier
            preprocess pre-process preprocessing pre-processing
            stop stoppage
            add addition
            access accessible
            """;

    private static WordFamilies families() throws SourceException {
        return WordFamilies.parse("families.txt", TEXT);
    }

    @ParameterizedTest
    @CsvSource({
        "classify, classify", "Classification, classify", "classifiers, classify", "classified, classify",
        "classifies, classify", "classifying, classify", "pre-processed, preprocess", "Preprocessing, preprocess",
        "stopped, stop", "stopping, stop", "stoppages, stop", "added, add", "adding, add", "accesses, access",
        "class, class", "Unlisted, unlisted"})
    void mapsAWordAndItsInflectionsToTheFamilyId(String word, String id) throws SourceException {
        assertEquals(id, families().family(word));
    }

    @Test
    void sameFamilyIsTrueWithinAFamilyOnly() throws SourceException {
        WordFamilies f = families();
        assertTrue(f.sameFamily("classify", "classifier"));
        assertTrue(f.sameFamily("pre-processing", "preprocessed"));
        assertTrue(f.sameFamily("Word", "word"));
        assertFalse(f.sameFamily("classify", "class"));
        assertFalse(f.sameFamily("classify", "preprocess"));
        assertFalse(f.sameFamily("train", "trains"), "inflections of unlisted words are left to WordForms");
    }

    @Test
    void listsMembersAndCountsFamilies() throws SourceException {
        WordFamilies f = families();
        assertEquals(List.of("classify", "classification", "classifier"), f.members("classify"));
        assertEquals(List.of(), f.members("classification"), "members are found by family id");
        assertEquals(5, f.size());
        assertTrue(f.contains("classifiers"));
        assertFalse(f.contains("class"));
        assertEquals("nothing", WordFamilies.none().family("Nothing"));
    }

    @Test
    void triesOnlyStemsOfThreeLettersOrMore() {
        assertEquals(List.of("use"), WordFamilies.bases("used"), "'us' is too short to be tried");
        assertEquals(List.of("add", "adde"), WordFamilies.bases("added"), "no undoubling at 3 letters");
        assertEquals(List.of("stopp", "stoppe", "stop"), WordFamilies.bases("stopped"));
        assertEquals(List.of(), WordFamilies.bases("class"), "a double s is not a plural ending");
        assertEquals(List.of("classify", "classifi", "classifie"), WordFamilies.bases("classifies"));
    }

    @Test
    void rejectsAWordInTwoFamiliesWithItsPlace() {
        SourceException e = assertThrows(SourceException.class,
                () -> WordFamilies.parse("f.txt", "classify classifier\ntree classifier\n"));
        assertEquals("f.txt:2:6: 'classifier' is already in the family of line 1", e.getMessage());
    }

    @Test
    void rejectsBadLines() {
        assertEquals("f.txt:1:1: a family needs at least two words: 'alone'",
                assertThrows(SourceException.class, () -> WordFamilies.parse("f.txt", "alone\n")).getMessage());
        assertEquals("f.txt:1:7: not a word: '(x)'",
                assertThrows(SourceException.class, () -> WordFamilies.parse("f.txt", "train (x)\n")).getMessage());
        assertEquals("f.txt:1:1: families are case-insensitive: no '=' lines",
                assertThrows(SourceException.class, () -> WordFamilies.parse("f.txt", "=GPU GPUs\n")).getMessage());
    }

    @Test
    void theRepositoryFamiliesHoldTheIssueExamples() throws Exception {
        Path file = Path.of("lexicons", WordFamilies.LEXICON + ".txt");
        Lexicon lexicon = Lexicon.parse(WordFamilies.LEXICON, file.toString(), Files.readString(file),
                s -> Arrays.asList(s.split("\\s+")));
        WordFamilies f = WordFamilies.of(lexicon);
        for (String[] family : new String[][] {{"classify", "classification", "classifier"},
            {"preprocess", "pre-processing", "preprocessed"}, {"augment", "augmentation", "augmented"}}) {
            for (String w : family) {
                assertTrue(f.sameFamily(family[0], w), family[0] + " / " + w);
            }
        }
        assertFalse(f.sameFamily("transform", "transformer"), "a family keeps one meaning");
    }
}
