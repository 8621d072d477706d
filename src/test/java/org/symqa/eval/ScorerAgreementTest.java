package org.symqa.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.symqa.lexicon.LexiconLibrary;
import org.symqa.resources.ResourceSource;

/**
 * The Java scorer against the evaluation scorer: the expected lines are what
 * {@code python3 score.py testdata/eval/gold.jsonl testdata/eval/predictions.jsonl} printed (and its {@code --json}
 * figures), for hand-made predictions that touch its corners (non-breaking space, superscript digit, possessive,
 * plural, per cent, citation markers, ellipsis, a prompt-less item, gold facts and gold evidence, a word limit).
 */
class ScorerAgreementTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    static ScoreWords words() throws Exception {
        LexiconLibrary lexicons = new LexiconLibrary(ResourceSource.directory(Path.of("lexicons"), "lexicons"),
                s -> List.of(s.strip().split("\\s+")));
        return ScoreWords.of(lexicons.get(ScoreWords.STOP_LEXICON));
    }

    static Evaluation score(Path gold, Path predictions) throws Exception {
        Map<String, Prediction> preds = new HashMap<>();
        for (String line : Files.readAllLines(predictions, StandardCharsets.UTF_8)) {
            Prediction p = Prediction.fromJson(JSON.readTree(line));
            preds.put(p.id(), p);
        }
        Evaluation ev = new Evaluation(words(), rule -> rule.substring(0, rule.indexOf('.')));
        for (String line : Files.readAllLines(gold, StandardCharsets.UTF_8)) {
            GoldItem item = GoldItem.of(JSON.readTree(line));
            ev.add(item, preds.get(item.id()));
        }
        return ev;
    }

    @Test
    void printsWhatScorePyPrints() throws Exception {
        Evaluation ev = score(Path.of("testdata/eval/gold.jsonl"), Path.of("testdata/eval/predictions.jsonl"));
        List<String> report = ev.report();
        List<String> tail = new ArrayList<>(report.subList(report.size() - 5, report.size()));
        assertEquals(List.of(
                "this system              n=    6 acc=0.667 P=0.750 R=0.750 F1=0.750 keyrecall=0.396 evidence=0.500 "
                        + "ungrounded=0.500 overlimit=0.167",
                "ungrounded example: test:heron.pdf:CQ20: ['Kaggle']",
                "ungrounded example: test:beetle.pdf:CQ15: ['SGD\u2026', 'TensorFlow', '2.4']",
                "ungrounded example: test:frog.pdf:CQ7: ['1,204', '70%']",
                "SCORE acc=0.667 f1=0.750 keyrecall=0.396 evidence=0.500 ungrounded=0.500 overlimit=0.167 n=6"), tail);
    }

    @Test
    void figuresEqualScorePyToTheLastBit() throws Exception {
        Figures f = score(Path.of("testdata/eval/gold.jsonl"), Path.of("testdata/eval/predictions.jsonl")).figures();
        // score.py --json: {"n": 6, "acc": 0.6666666666666666, "precision": 0.75, "recall": 0.75, "f1": 0.75,
        // "keyrecall": 0.3958333333333333, "evidence_recall": 0.5, "ungrounded": 0.5, "overlimit": 0.16666666666666666}
        assertEquals(new Figures(6, 0.6666666666666666, 0.75, 0.75, 0.75, 0.3958333333333333, 0.5, 0.5,
                0.16666666666666666), f);
    }

    @Test
    void countsDirectEvidencePerTopicAndRule() throws Exception {
        Evaluation ev = score(Path.of("testdata/eval/gold.jsonl"), Path.of("testdata/eval/predictions.jsonl"));
        assertEquals(List.of(new Firing("evaluation-metrics", 1, 0), new Firing("hardware", 1, 1),
                new Firing("optimization-technique", 1, 0)), ev.topicFirings());
        assertEquals(List.of(new Firing("evaluation-metrics.metric", 1, 0), new Firing("hardware.device", 1, 1),
                new Firing("hardware.trained-on", 1, 0), new Firing("optimization-technique.optimizer", 1, 0)),
                ev.ruleFirings());
        assertEquals(0.5, ev.topicFirings().get(1).precision());
        List<String> table = ev.firingTable();
        assertEquals("hardware                                    1            1     0.500", table.get(3));
        assertEquals("  hardware.device                           1            1     0.500", table.get(4));
    }

    @Test
    void emptyScoresAreNanAsInPython() {
        Figures f = new Evaluation(new ScoreWords(java.util.Set.of()), r -> r).figures();
        assertEquals("SCORE acc=0.000 f1=0.000 keyrecall=nan evidence=nan ungrounded=0.000 overlimit=0.000 n=0",
                f.scoreLine());
    }

    @Test
    void stopListIsTheScorersSet() throws Exception {
        ScoreWords w = words();
        assertEquals(List.of("tesla", "v100", "gpus", "12", "m"), w.tokens("Tesla V100 GPUs; 12 m\u00b2"));
        assertEquals(java.util.Set.of("tesla", "v100", "gpus", "12"), w.content("the Tesla V100 GPUs of the model, 12 m"));
        assertTrue(w.content("provided context information deep learning pipeline data answer query").isEmpty());
    }

    @Test
    void badGoldFieldsAreNamed() {
        assertEquals("'answerable' must be true or false", assertThrows(GoldFormatException.class,
                () -> GoldItem.of(JSON.readTree("{\"id\": \"x\", \"answerable\": \"yes\"}"))).getMessage());
        assertEquals("'id' must be a string", assertThrows(GoldFormatException.class,
                () -> GoldItem.of(JSON.readTree("{\"answerable\": true}"))).getMessage());
        assertEquals("'evidence[0]' must be a string", assertThrows(GoldFormatException.class,
                () -> GoldItem.of(JSON.readTree("{\"id\": \"x\", \"answerable\": true, \"evidence\": [1]}"))).getMessage());
    }
}
