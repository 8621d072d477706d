package org.symqa.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.symqa.lexicon.LexiconLibrary;
import org.symqa.lexicon.WordFamilies;
import org.symqa.nlp.SimpleAnnotator;
import org.symqa.resources.ResourceSource;
import org.symqa.resources.SourceException;

/**
 * The gate before the regex engine says "no" only where the engine does: on every word regex of the shipped rules
 * against the words of the other-text prompts, and on hand-made edge cases.
 */
class WordGateTest {
    private static final Pattern ITEM_LINE = Pattern.compile("^\\s*(has|not|unless):\\s*(.*)$");

    /** Each regex's verdict with its gate equals the engine's alone, word by word. */
    @Test
    void agreesWithTheEngineOnEveryRuleRegexAndManyWords() throws IOException {
        List<Pattern> regexes = ruleRegexes();
        Set<String> words = words();
        assertTrue(regexes.size() > 20, "the rules' regexes were read: " + regexes.size());
        assertTrue(words.size() > 2000, "the words were read: " + words.size());
        int gated = 0;
        for (Pattern p : regexes) {
            WordRegex w = WordRegex.of(p);
            gated += w.gate() == null ? 0 : 1;
            var test = w.tester();
            Matcher m = p.matcher("");
            for (String word : words) {
                assertEquals(m.reset(word).matches(), test.test(word), p + " on '" + word + "'");
            }
        }
        assertTrue(gated > 10, "most rule regexes get a gate: " + gated);
    }

    @Test
    void readsTheTextEveryMatchHolds() {
        assertEquals("github.", WordGate.needle(".*github\\.[a-z]+.*"));
        assertEquals("CNN", WordGate.needle(".*CNN.*"));
        assertEquals("ab", WordGate.needle(".*abc?"), "a character a quantifier may drop is left out");
        assertEquals("ab", WordGate.needle(".*abc*d"));
        assertEquals("ab", WordGate.needle(".*abc{0,2}"));
        assertEquals("abc", WordGate.needle(".*abc+d"), "once at least counts, and ends the text");
        assertNull(WordGate.needle(".*CNN.*|foo"), "an alternative anywhere: no text is sure");
        assertNull(WordGate.needle("CNN.*"), "only after a leading .*");
        assertNull(WordGate.needle(".*[a-z]+"));
        assertNull(WordGate.needle(".*\\d+"), "an escaped letter is a class, not text");
    }

    @Test
    void rulesOutWordsByTheirFirstCharacterAndTheirText() {
        WordGate initials = WordGate.of(Pattern.compile("[A-Z]\\.([A-Z]\\.)*"));
        assertFalse(initials.mayMatch("the"));
        assertTrue(initials.mayMatch("J."));
        assertTrue(initials.mayMatch("Jo"), "the gate only rules out; the engine decides");
        assertTrue(initials.mayMatch(""), "the empty word goes to the engine");
        assertTrue(initials.mayMatch("Éa"), "a character beyond ASCII goes to the engine");
        WordGate github = WordGate.of(Pattern.compile("(?i).*github\\.[a-z]+.*"));
        assertTrue(github.mayMatch("https://GitHub.com/x"));
        assertFalse(github.mayMatch("https://gitlab.com/x"));
        assertTrue(github.mayMatch("github."), "the text at the very end");
        assertNull(WordGate.of(Pattern.compile("(?s).*")), "a regex open to every word gets no gate");
        WordGate upper = WordGate.of(Pattern.compile(".*CNN.*"));
        assertFalse(upper.mayMatch("cnn-based"), "without (?i) case counts");
        assertTrue(upper.mayMatch("R-CNN"));
    }

    /** The 64th and 127th characters sit at the edges of the two bit sets. */
    @Test
    void theEdgesOfTheCharacterSetsAreRead() {
        WordGate at = WordGate.of(Pattern.compile("@x"));
        assertTrue(at.mayMatch("@x"));
        assertFalse(at.mayMatch("?x"));
        assertFalse(at.mayMatch("Ax"));
        WordGate question = WordGate.of(Pattern.compile("\\?x"));
        assertTrue(question.mayMatch("?x"));
        assertFalse(question.mayMatch("@x"));
        WordGate delete = WordGate.of(Pattern.compile("\u007fx"));
        assertTrue(delete.mayMatch("\u007fx"));
        assertFalse(delete.mayMatch("~x"));
    }

    private static List<Pattern> ruleRegexes() throws IOException {
        LexiconLibrary lexicons = new LexiconLibrary(ResourceSource.directory(Path.of("lexicons"), "lexicons"),
                new SimpleAnnotator()::tokenize);
        ItemParser parser;
        try {
            parser = new ItemParser(lexicons, WordFamilies.of(lexicons.get(WordFamilies.LEXICON)), w -> { });
        } catch (SourceException e) {
            throw new AssertionError(e.getMessage(), e);
        }
        List<Pattern> out = new ArrayList<>();
        List<Path> files = new ArrayList<>();
        try (Stream<Path> s = Files.list(Path.of("rules", "evidence"))) {
            s.filter(p -> p.toString().endsWith(".rules")).sorted().forEach(files::add);
        }
        for (Path f : files) {
            List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                Matcher m = ITEM_LINE.matcher(lines.get(i));
                if (m.matches() && m.group(2).contains("/")) {
                    try {
                        for (Item item : parser.parse(f.toString(), new BlockFile.Field(m.group(1), m.group(2), i + 1,
                                1)).items()) {
                            if (item instanceof Item.WordPattern w) {
                                out.add(w.pattern());
                            }
                        }
                    } catch (SourceException e) {
                        throw new AssertionError(e.getMessage(), e);
                    }
                }
            }
        }
        for (String extra : List.of("[A-Z]\\.(?:-?[A-Z]\\.)*,?", "(?:19|20)\\d\\d[a-z]?[.,;:]?", "al\\.?,?",
                "\\d+[–-]\\d+[.,]?", "pp?\\.?", "doi[:.].*", "(?i)www\\..*", "\\p{Lu}[\\p{L}'’-]+")) {
            out.add(Pattern.compile(extra));
        }
        return out;
    }

    private static Set<String> words() throws IOException {
        Set<String> out = new TreeSet<>(List.of("", "J.", "A.B.", "1999a,", "12-14.", "pp.", "doi:10.1/x", "é",
                "https://github.com/a/b", "www.zenodo.org", "10.5281/zenodo.1", "R-CNN", "ResNet-50", "Was", "were"));
        try (Stream<Path> s = Files.list(Path.of("testdata", "othertexts"))) {
            for (Path f : s.filter(p -> p.toString().endsWith(".jsonl")).sorted().toList()) {
                for (String w : Files.readString(f, StandardCharsets.UTF_8).split("[\\s\"]+|\\\\n")) {
                    out.add(w);
                }
            }
        }
        return out;
    }
}
