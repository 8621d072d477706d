package org.symqa.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.symqa.Symqa;
import org.symqa.TestPipeline;
import org.symqa.nlp.Annotator;
import org.symqa.nlp.CoreNlpAnnotator;
import org.symqa.nlp.Sentence;

/** The rule prefilter never rules out a sentence that a rule matches once tagged, on either NLP backend. */
class PrefilterTest {
    @Test
    void modelTagsAreAllListed() {
        CoreNlpAnnotator a = TestPipeline.annotator();
        TreeSet<String> missing = new TreeSet<>(CoreNlpAnnotator.modelTags());
        missing.removeAll(a.tags());
        assertEquals(new TreeSet<String>(), missing, "tags missing from corenlp-tags.txt");
    }

    @Test
    void everyShippedPatternIsRead() {
        List<String> unread = new ArrayList<>();
        for (List<Rule> list : TestPipeline.get().ruleSet().rules().values()) {
            for (Rule r : list) {
                for (Condition c : r.conditions()) {
                    if (c instanceof PatternLine p && p.prefilter() == Prefilter.Always.INSTANCE) {
                        unread.add(r.id());
                    }
                }
            }
        }
        assertEquals(List.of(), unread, "patterns the prefilter cannot narrow");
    }

    @ParameterizedTest
    @ValueSource(strings = {"corenlp", "opennlp"})
    void prefilterPassesEverySentenceARuleMatches(String nlp) throws IOException {
        Symqa s = TestPipeline.get(nlp);
        Annotator a = TestPipeline.annotator(nlp);
        List<String> unsound = new ArrayList<>();
        int matched = 0;
        int skipped = 0;
        for (String text : texts()) {
            for (Sentence split : a.split(text)) {
                SentenceView tagged = s.view(a.tag(split));
                CandidateView candidate = s.candidateView(split);
                for (List<Rule> list : s.ruleSet().rules().values()) {
                    for (Rule r : list) {
                        boolean may = r.prefilter().mayMatch(candidate);
                        if (r.match(tagged) != null) {
                            matched++;
                            if (!may) {
                                unsound.add(r.id() + ": " + split.text());
                            }
                        } else if (!may) {
                            skipped++;
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), unsound, "sentences a rule matches but its prefilter rules out");
        assertTrue(matched > 100, "too few matches to say anything: " + matched);
        assertTrue(skipped > matched, "the prefilter rules out little: " + skipped);
    }

    /** Rule examples and test prompts. */
    private static List<String> texts() throws IOException {
        List<String> texts = new ArrayList<>();
        for (List<Rule> list : TestPipeline.get().ruleSet().rules().values()) {
            for (Rule r : list) {
                r.must().forEach(e -> texts.add(e.text()));
                r.mustNot().forEach(e -> texts.add(e.text()));
            }
        }
        try (Stream<Path> files = Files.list(Path.of("testdata/prompts"))) {
            for (Path p : files.sorted().toList()) {
                texts.add(Files.readString(p));
            }
        }
        return texts;
    }
}
