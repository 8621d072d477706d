package org.symqa.suggest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.symqa.Symqa;
import org.symqa.TestPipeline;
import org.symqa.eval.GoldItem;
import org.symqa.prompt.JsonInput;
import org.symqa.topic.Topic;

/** Suggestions from the gold items of testdata/suggest, on the repository's rules and lexicons. */
class SuggesterTest {
    private static final Path GOLD = Path.of("testdata/suggest/gold.jsonl");

    private static Suggestions suggest(String topicId, SuggestSettings settings) throws Exception {
        Symqa symqa = TestPipeline.get();
        Topic topic = symqa.ruleSet().topics().find(topicId).orElseThrow();
        Suggester s = new Suggester(symqa, topic, settings, TestPipeline.annotator()::tokenize);
        for (String line : Files.readAllLines(GOLD)) {
            GoldItem item = GoldItem.of(JsonInput.parseObject(line));
            if (s.wants(item)) {
                s.add(item, symqa.reader().readJson(JsonInput.parseObject(line)));
            }
        }
        return s.suggestions();
    }

    private static Map<String, Candidate> byTerm(Suggestions s) {
        return s.candidates().stream().collect(Collectors.toMap(Candidate::term, Function.identity()));
    }

    @Test
    void countsTheItemsOfTheTopicOnly() throws Exception {
        Suggestions s = suggest("preprocessing", new SuggestSettings(3, 5, 1, 4, 200));
        assertEquals(5, s.answerable());
        assertEquals(3, s.unanswerable());
        Map<String, Candidate> c = byTerm(s);
        // "clips" stands in three answerable preprocessing items and in the hardware item, which is not counted
        Candidate clip = c.get("clip");
        assertEquals(List.of(3, 0, 3), List.of(clip.answerable(), clip.unanswerable(), clip.quoted()));
        assertEquals("clips", clip.written());
        assertEquals("", clip.covered());
        Candidate mel = c.get("mel spectrogram");
        assertEquals(List.of(2, 1), List.of(mel.answerable(), mel.unanswerable()));
        assertEquals(2.0 / 3, mel.precision(), 1e-12);
        assertEquals(List.of("@data-modality"), mel.lexicons());
    }

    @Test
    void namesTheRuleItemThatAlreadyHoldsATerm() throws Exception {
        Map<String, Candidate> c = byTerm(suggest("preprocessing", new SuggestSettings(3, 5, 1, 4, 200)));
        assertEquals("@preprocessing-op", c.get("normalize").covered());
        assertEquals("@preprocessing-op", c.get("high-pass filter").covered());
        assertEquals("", c.get("tile").covered());
    }

    @Test
    void neverProposesAStopWordAtAnEdge() throws Exception {
        for (Candidate c : suggest("preprocessing", new SuggestSettings(3, 5, 1, 4, 200)).candidates()) {
            String[] w = c.term().split(" ");
            for (String edge : List.of(w[0], w[w.length - 1])) {
                assertFalse(List.of("the", "of", "into", "and", "be", "were", "et", "al").contains(edge), c.term());
            }
        }
    }

    @Test
    void sameItemsGiveTheSameTable() throws Exception {
        SuggestSettings set = new SuggestSettings(2, 3, 1, 4, 20);
        assertEquals(SuggestionTable.markdown(suggest("preprocessing", set), "gold.jsonl"),
                SuggestionTable.markdown(suggest("preprocessing", set), "gold.jsonl"));
    }

    @Test
    void refusesItemsOfAnotherQuestion() throws Exception {
        Symqa symqa = TestPipeline.get();
        Topic hardware = symqa.ruleSet().topics().find("hardware").orElseThrow();
        Suggester s = new Suggester(symqa, hardware, SuggestSettings.DEFAULTS, TestPipeline.annotator()::tokenize);
        String line = Files.readAllLines(GOLD).get(0);
        GoldItem preprocessing = GoldItem.of(JsonInput.parseObject(line));
        assertFalse(s.wants(preprocessing));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> s.add(preprocessing, symqa.reader().readJson(JsonInput.parseObject(line))));
        assertTrue(e.getMessage().contains("does not ask CQ20"), e.getMessage());
    }

    @Test
    void settingsAreCheckedWhenMade() {
        assertThrows(IllegalArgumentException.class, () -> new SuggestSettings(0, 5, 1, 4, 10));
        assertThrows(IllegalArgumentException.class, () -> new SuggestSettings(6, 5, 1, 4, 10));
        assertThrows(IllegalArgumentException.class, () -> new SuggestSettings(3, -1, 1, 4, 10));
        assertThrows(IllegalArgumentException.class, () -> new SuggestSettings(3, 5, 0, 4, 10));
        assertThrows(IllegalArgumentException.class, () -> new SuggestSettings(3, 5, 1, Double.NaN, 10));
        assertThrows(IllegalArgumentException.class, () -> new SuggestSettings(3, 5, 1, 4, 0));
        new SuggestSettings(5, 0, 1, 0, 1); // the edges themselves are allowed
    }
}
