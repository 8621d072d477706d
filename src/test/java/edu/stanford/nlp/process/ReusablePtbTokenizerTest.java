package edu.stanford.nlp.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.ling.CoreLabel;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** One lexer reused over many texts gives the tokens a new PTBTokenizer gives on each text. */
class ReusablePtbTokenizerTest {
    private static final String OPTIONS = "invertible=false,ptb3Escaping=false,normalizeParentheses=false,"
            + "normalizeOtherBrackets=false,untokenizable=noneKeep,splitHyphenated=false";

    private static List<String> fresh(String text) {
        return describe(new PTBTokenizer<>(new StringReader(text), new CoreLabelTokenFactory(), OPTIONS).tokenize());
    }

    /** Every annotation of every token (word, original text, offsets), so that any difference shows. */
    private static List<String> describe(List<CoreLabel> tokens) {
        return tokens.stream().map(CoreLabel::toShorterString).toList();
    }

    @Test
    void theTestdataTextsBlockByBlockGiveTheSameTokensAsANewTokenizerEachTime() throws IOException {
        ReusablePtbTokenizer reused = new ReusablePtbTokenizer(OPTIONS);
        List<Path> files = new ArrayList<>();
        for (String dir : List.of("testdata/prompts", "testdata/papers", "testdata/general/texts")) {
            try (Stream<Path> s = Files.list(Path.of(dir))) {
                s.sorted().forEach(files::add);
            }
        }
        assertTrue(files.size() >= 20, "testdata texts found: " + files.size());
        int texts = 0;
        int tokens = 0;
        for (Path f : files) {
            String whole = Files.readString(f, StandardCharsets.UTF_8);
            List<String> blocks = new ArrayList<>(List.of(whole.split("\n\\s*\n")));
            blocks.add(whole); // longer than the lexer's 16,384-char buffer for the papers
            for (String block : blocks) {
                List<String> want = fresh(block);
                assertEquals(want, describe(reused.tokenize(block)), f + ": " + block);
                texts++;
                tokens += want.size();
            }
        }
        assertTrue(texts > 200 && tokens > 20_000, texts + " texts, " + tokens + " tokens");
    }

    @Test
    void aBlocksLastTokenIsReadAsByANewTokenizer() {
        ReusablePtbTokenizer reused = new ReusablePtbTokenizer(OPTIONS);
        for (String text : List.of("trained on a GPU.", "see Fig. 2", "U.S.", "e.g.", "N.Y.", "(cf. Smith et al.",
                "accuracy 98.5%", "p<0.05", "x", "", " ", "don't", "can't", "...", "Table 1:", "“quoted”", "🐦 bird")) {
            assertEquals(fresh(text), describe(reused.tokenize(text)), text);
            assertEquals(fresh(text), describe(reused.tokenize(text)), "again: " + text);
        }
    }

    @Test
    void theLastWordOfThePreviousTextIsForgotten() {
        // after "early" a fresh lexer would split "-80" into "-" and "80" only if it still knew the word before
        ReusablePtbTokenizer reused = new ReusablePtbTokenizer(OPTIONS);
        assertEquals(fresh("early"), describe(reused.tokenize("early")));
        List<String> want = fresh("-80 GPUs");
        assertEquals(2, want.size(), want.toString());
        assertEquals(want, describe(reused.tokenize("-80 GPUs")));
        assertEquals(3, fresh("early -80").size()); // the state a reset must clear does change tokens
    }

    @Test
    void aLongTextThatGrowsTheBufferLeavesTheNextTextAlone() {
        ReusablePtbTokenizer reused = new ReusablePtbTokenizer(OPTIONS);
        String long1 = "x".repeat(40_000) + " end.";
        assertEquals(fresh(long1), describe(reused.tokenize(long1)));
        assertEquals(fresh("A short one."), describe(reused.tokenize("A short one.")));
    }

    @Test
    void anInvertibleTokenizerIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new ReusablePtbTokenizer("invertible=true"));
    }
}
