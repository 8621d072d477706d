package org.symqa.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A word list is answered from a set exactly as the regex engine answers it; anything else goes to the engine. */
class WordRegexTest {

    private static final List<String> WORDS = List.of("split", "Split", "SPLIT", "divide", "splits", "spli", "",
            "re-split", "ſplit", "divİde", "K", "\u212Aey", "key", "o'neil", "O'Neil", "class", "classes");

    @ParameterizedTest
    @ValueSource(strings = {"split|divide", "^(split|divide)$", "^(?:split|divide)$", "(split|divide)",
            "(?i)split|divide", "(?i)^(split|divide)$", "re-split|o'neil", "(?i)key|k|o'neil", "class",
            "^(class|classes)$"})
    void listsAreReadAsSetsAndAgreeWithTheEngine(String regex) {
        Pattern p = Pattern.compile(regex);
        WordRegex w = WordRegex.of(p);
        assertTrue(w.isList(), regex);
        for (String word : WORDS) {
            assertEquals(p.matcher(word).matches(), w.tester().test(word), regex + " on '" + word + "'");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"GPUs?", "(?i).*zenodo\\..*", "split|divide.*", "(split)|(divide)", "a||b", "|a",
            "(?i)spl\u00eet|x", "[A-Z]{2,}\\d+", "^(split|divide)", "(?i:split|divide)"})
    void otherRegexesGoToTheEngineAndStillAgree(String regex) {
        Pattern p = Pattern.compile(regex);
        WordRegex w = WordRegex.of(p);
        assertFalse(w.isList(), regex);
        for (String word : WORDS) {
            assertEquals(p.matcher(word).matches(), w.tester().test(word), regex + " on '" + word + "'");
        }
    }

    @Test
    void caseFoldingIsAsciiOnlyAsJavaDoesWithoutUnicodeCase() {
        WordRegex w = WordRegex.of(Pattern.compile("(?i)key"));
        assertTrue(w.tester().test("KEY"));
        assertFalse(w.tester().test("\u212Aey"), "the Kelvin sign folds to k only under UNICODE_CASE");
        assertFalse(WordRegex.of(Pattern.compile("key")).tester().test("KEY"), "without (?i) case counts");
    }

    @Test
    void aRegexCompiledWithFlagsIsNeverAList() {
        Pattern p = Pattern.compile("split|divide", Pattern.CASE_INSENSITIVE);
        assertFalse(WordRegex.of(p).isList());
        assertTrue(WordRegex.of(p).tester().test("SPLIT"));
        assertThrows(IllegalArgumentException.class, () -> new WordRegex(p, Set.of("split"), false));
        assertTrue(WordRegex.of(Pattern.compile("(?i)split")).isList(), "an inline (?i) is read, not refused");
        assertThrows(IllegalArgumentException.class, () -> new WordRegex(null, null, false));
    }

    @Test
    void printsItsSource() {
        assertEquals("/^(a|b)$/", WordRegex.of(Pattern.compile("^(a|b)$")).toString());
    }
}
