package org.symqa.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.symqa.TestPipeline;

/** The OpenNLP backend's rule tokenizer and sentence splitter follow CoreNLP's conventions. */
class RuleTokenizerTest {
    private final OpenNlpAnnotator a = TestPipeline.openNlp();

    private String tokens(String text) {
        return String.join(" | ", a.tokenize(text));
    }

    @Test
    void keepsHyphenatedWordsUrlsAndDottedAbbreviationsWhole() {
        assertEquals("We | fine-tuned | a | ResNet-50 | ( | He | et | al. | , | 2016 | ) | .",
                tokens("We fine-tuned a ResNet-50 (He et al., 2016)."));
        assertEquals("Code | : | https://github.com/abc/def-ghi.git | .", tokens("Code: https://github.com/abc/def-ghi.git."));
        assertEquals("e.g. | , | tf.keras | and | U.S. | data | and | i.e. | 3.5 | ...", tokens("e.g., tf.keras and U.S. data and i.e. 3.5 ..."));
        assertEquals("Fig. | 3 | and | Fig | . | S1", tokens("Fig. 3 and Fig. S1"));
    }

    @Test
    void splitsCliticsUnitsSymbolsAndDecimalNumbers() {
        assertEquals("It | 's | 16 | GB | , | is | n't | it | ?", tokens("It's 16GB, isn't it?"));
        assertEquals("we | can | not | say", tokens("we cannot say"));
        assertEquals("PM | 2.5 | , | 80/20 | , | 0.9 | / | 0.1 | , | lr | = | 1e-4 | , | 3 | × | 3", tokens("PM2.5, 80/20, 0.9/0.1, lr=1e-4, 3×3"));
        assertEquals("16gb | 10m | V100", tokens("16gb 10m V100"));
    }

    @Test
    void endsSentencesAtFinalPunctuationAndAfterAnAbbreviationBeforeACapital() {
        List<Sentence> s = a.split("Smith et al. The model worked (see Fig. 2). It ran on a GPU! Did it?\n\nHeading without period");
        assertEquals(List.of("Smith et al.", "The model worked (see Fig. 2).", "It ran on a GPU!", "Did it?",
                "Heading without period"), s.stream().map(Sentence::text).toList());
        Token al = s.get(0).tokens().get(2);
        assertEquals("al.", al.word(), "the word keeps its period, as CoreNLP writes it");
        assertEquals(2, al.end() - al.start(), "but spans 'al': the period is the next token");
        assertEquals(".", s.get(0).tokens().get(3).word());
    }

    @Test
    void offsetsCoverTheWordAndCharactersOutsideTheBmpStayWhole() {
        String text = "A x\uD835\uDC65y test (of “quotes”) — and 12:30.";
        for (Sentence s : a.split(text)) {
            for (Token t : s.tokens()) {
                assertEquals(t.word(), text.substring(t.start(), t.end()), t.toString());
            }
        }
        assertTrue(a.tokenize("\uD835\uDC65").contains("\uD835\uDC65"), a.tokenize("\uD835\uDC65").toString());
    }

    /** On the chunks of the test prompts and the rule examples, tokens and sentences are nearly all CoreNLP's. */
    @Test
    void agreesWithCoreNlpOnTheTestTexts() throws Exception {
        CoreNlpAnnotator core = TestPipeline.annotator();
        int tokens = 0;
        int same = 0;
        int sentences = 0;
        int sameSentences = 0;
        for (String text : texts()) {
            Map<String, String> mine = new HashMap<>();
            List<Sentence> ours = a.split(text);
            ours.forEach(s -> s.tokens().forEach(t -> mine.put(t.start() + ":" + t.end(), t.word())));
            List<String> bounds = ours.stream().map(s -> s.start() + ":" + s.end()).toList();
            for (Sentence s : core.split(text)) {
                sentences++;
                sameSentences += bounds.contains(s.start() + ":" + s.end()) ? 1 : 0;
                for (Token t : s.tokens()) {
                    tokens++;
                    same += t.word().equals(mine.get(t.start() + ":" + t.end())) ? 1 : 0;
                }
            }
        }
        assertTrue(tokens > 3000, "too few tokens to say anything: " + tokens);
        assertTrue(same >= 0.995 * tokens, same + " of " + tokens + " tokens as CoreNLP's");
        assertTrue(sameSentences >= 0.98 * sentences, sameSentences + " of " + sentences + " sentences as CoreNLP's");
    }

    private static List<String> texts() throws Exception {
        try (Stream<Path> files = Files.list(Path.of("testdata/prompts"))) {
            List<String> out = new java.util.ArrayList<>();
            for (Path p : files.sorted().toList()) {
                out.addAll(TestPipeline.get().reader().read(Files.readString(p)).chunks());
            }
            TestPipeline.get().ruleSet().rules().values().forEach(list -> list.forEach(r -> {
                r.must().forEach(e -> out.add(e.text()));
                r.mustNot().forEach(e -> out.add(e.text()));
            }));
            return out;
        }
    }
}
