package org.symqa.topic;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.symqa.Symqa;
import org.symqa.TestPipeline;

/**
 * Guards the near-topic sets of {@code testdata/topics}, questions that ask for one of a few neighbouring topics in
 * words of the others: value or search (hyperparameters, hyperparameter-tuning, optimization-technique), the data
 * topics (collection, datasets, formats, repository, annotation) and the training topics (monitoring, stopping,
 * metrics, generalizability, split). Each has a tune half (read) and a held half (a
 * number only), written blind by helpers; both backends run them, the figures go to
 * {@code target/near-topics-BACKEND.txt} (misses of the tune halves listed). docs/quality.md has the history.
 */
class NearTopicSetsTest {
    /** A set and the share it must keep on CoreNLP and on OpenNLP. */
    record Guard(String set, double corenlp, double opennlp) {
    }

    /**
     * value-or-search: tune 37/80 and held 51/90 blind (rules of 41bcecc), 48/80 and 59/90 after its round (OpenNLP
     * 47/80, 59/90); 47/80 since an unless: line waives only the not: line above it ("end up choosing"). data-topics: tune 69/100 and held 54/100 blind (60d3724), 72/100 and 57/100 after its round.
     * training-topics: tune 67/100 and held 69/100 blind (328d481; held 70/100 with 60d3724); its round was dropped.
     * With the second-word points (sixteenth session): data-topics 75/100 and 61/100, training-topics 71/100 and
     * 72/100, value-or-search unchanged; OpenNLP the same but value-or-search tune 46/80.
     */
    static final List<Guard> GUARDS = List.of(new Guard("value-or-search-tune", 0.58, 0.57),
            new Guard("value-or-search-held", 0.65, 0.65), new Guard("data-topics-tune", 0.75, 0.75),
            new Guard("data-topics-held", 0.61, 0.61), new Guard("training-topics-tune", 0.71, 0.71),
            new Guard("training-topics-held", 0.72, 0.72));

    @Test
    void everyHalfKeepsItsFigure() throws IOException {
        check("corenlp");
        check("opennlp");
    }

    private static void check(String nlp) throws IOException {
        Symqa symqa = TestPipeline.get(nlp);
        TopicRecognizer recognizer = new CueTopicRecognizer(symqa.ruleSet().topics(), symqa::questionView);
        List<String> lines = new ArrayList<>(List.of("# near-topic sets on " + nlp));
        List<String> misses = new ArrayList<>();
        List<String> failed = new ArrayList<>();
        for (Guard g : GUARDS) {
            TopicSetsTest.Figure f = TopicSetsTest.run(recognizer, g.set());
            lines.add(f.line());
            misses.addAll(f.misses());
            if (f.share() < (nlp.equals("opennlp") ? g.opennlp() : g.corenlp())) {
                failed.add(nlp + ": " + f.line());
            }
        }
        lines.add("");
        lines.add("# misses of the tune halves");
        lines.addAll(misses);
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target", "near-topics-" + nlp + ".txt"), lines);
        assertTrue(failed.isEmpty(), String.join("\n", failed));
    }
}
