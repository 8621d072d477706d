package org.symqa.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.symqa.Result;
import org.symqa.Symqa;
import org.symqa.TestPipeline;

class ExplainTest {
    private final Symqa symqa = TestPipeline.get();

    private Trace trace(String file) throws Exception {
        Result r = symqa.answer(Files.readString(Path.of("testdata/prompts", file)));
        return new Tracer(symqa).trace(r);
    }

    @Test
    void showsWhyAPartialVerdictIsPartial() throws Exception {
        Trace t = trace("postprocessing-partial.txt");
        String text = TraceText.render(t);
        assertEquals("partial", t.verdict().json());
        assertTrue(t.fired().stream().allMatch(f -> f.kind().equals("related")), "only related rules fire");
        assertTrue(t.fired().stream().anyMatch(f -> f.text().startsWith("The optimization was stopped")), text);
        assertTrue(t.nearMisses().stream().anyMatch(m -> m.rule().equals("postprocessing.confusion-matrix")
                && m.failed().get(0).startsWith("has: \"confusion matrix\"")), text);
        for (String section : new String[] {"1. PROMPT", "2. TEXT REPAIR", "3. SENTENCES", "4. TOPIC",
            "5. RULES THAT FIRED", "6. RULES THAT DID NOT FIRE", "7. VERDICT", "8. ANSWER"}) {
            assertTrue(text.contains(section), section);
        }
        assertTrue(text.contains("postprocessing: postprocess | "), "the cue that decided the topic");
        assertTrue(text.contains("hyphenation at "), "the repair of 'valida-\\ntion'");
        assertTrue(text.contains("template: partial (rules/answers.txt:"), text);
    }

    @Test
    void showsWhatTheNearTopicsFoundAsTheRunFoundIt() {
        Result r = symqa.answer(new org.symqa.prompt.Prompt("How are the hyperparameters of the model optimized?",
                List.of("We trained the convolutional neural network with a learning rate of 0.001 for 50 epochs."), 0,
                org.symqa.prompt.AnswerFormat.PLAIN));
        Trace t = new Tracer(symqa).trace(r);
        String text = TraceText.render(t);
        assertEquals(r.near().stream().map(n -> n.topic()).toList(), t.near().stream().map(Trace.Near::topic).toList());
        Trace.Near hyper = t.near().get(0);
        assertEquals("hyperparameters", hyper.topic());
        assertEquals("answered", hyper.verdict().json());
        assertTrue(text.contains("near topic hyperparameters: answered\n    hyperparameters."), text);
        // the facts the reply names are the ones the trace shows for the near topic's rule, marked cited
        assertFalse(r.answer().facts().isEmpty());
        assertTrue(hyper.fired().stream().anyMatch(Trace.Fired::cited));
        assertEquals("answered", TraceJson.of(t).get("near").get(0).get("verdict").asText());
        for (org.symqa.evidence.Fact f : r.answer().facts()) {
            assertTrue(hyper.fired().stream().anyMatch(x -> x.rule().equals(f.rule())), f.rule());
        }
        assertTrue(TraceHtml.render(t).contains("Near topic <code>hyperparameters</code>: answered"));
    }

    @Test
    void nearMissOfAnUnlessLineSaysWhatBlockedAndThatNothingWaivedIt() {
        Result r = symqa.answer(new org.symqa.prompt.Prompt("What type of deep learning model is used?",
                List.of("Nests in drone images were detected with YOLOv3 by Moreau et al. (2021)."), 0,
                org.symqa.prompt.AnswerFormat.PLAIN));
        Trace t = new Tracer(symqa).trace(r);
        NearMiss miss = t.nearMisses().stream().filter(m -> m.rule().equals("model-type.named-architecture"))
                .findFirst().orElseThrow(() -> new AssertionError(TraceText.render(t)));
        assertEquals(List.of("not: /[12][09][0-9][0-9][a-z]?/ | should | could | might | may (blocked by '2021'; "
                + "unless: @own-work-cue (none found))"), miss.failed(), TraceText.render(t));
    }

    @Test
    void nearMissOfAPatternSaysWhereItStopped() throws Exception {
        Trace t = trace("deployment-none.txt");
        assertTrue(t.nearMisses().stream().flatMap(m -> m.failed().stream())
                .anyMatch(f -> f.startsWith("pattern: ") && f.contains("stopped at ")), TraceText.render(t));
    }

    @Test
    void firedRulesCarryTheAnswersOwnFacts() throws Exception {
        Result r = symqa.answer(Files.readString(Path.of("testdata/prompts", "hardware-answered.txt")));
        Trace t = new Tracer(symqa).trace(r);
        assertFalse(r.finding().evidence().isEmpty());
        for (org.symqa.evidence.Evidence e : r.finding().evidence()) {
            List<String> texts = e.facts().stream().map(org.symqa.evidence.Fact::text).toList();
            assertTrue(t.fired().stream().anyMatch(f -> f.rule().equals(e.rule()) && f.chunk() == e.chunk()
                    && f.text().equals(e.text()) && f.cited() && f.facts().size() == texts.size()
                    && java.util.stream.IntStream.range(0, texts.size()).allMatch(i -> f.facts().get(i).contains(texts.get(i)))),
                    e.toString());
        }
        assertEquals(r.finding().evidence().size(), t.fired().size(), "the run matched nothing it did not cite");
    }

    @Test
    void answeredGeneralQuestionShowsTheGeneralDecisions() throws Exception {
        Trace t = trace("general-answered.json");
        assertEquals("answered", t.verdict().json());
        assertTrue(t.fired().stream().anyMatch(f -> f.rule().equals("general.number") && f.cited()),
                TraceText.render(t));
        assertTrue(t.decisions().stream().anyMatch(d -> d.startsWith("question type number ")), t.decisions().toString());
        assertTrue(t.decisions().stream().anyMatch(d -> d.startsWith("best sentence: chunk 1 s3, coverage 1.00")),
                t.decisions().toString());
        assertTrue(t.decisions().stream().anyMatch(d -> d.startsWith("answered (") && d.endsWith("): 132 bird species")),
                t.decisions().toString());
    }

    @Test
    void sentencesNoRuleCouldMatchAreMarkedUntaggedInTheRun() throws Exception {
        Trace t = trace("hardware-answered.txt");
        var sentences = t.chunks().stream().flatMap(c -> c.sentences().stream()).toList();
        assertTrue(sentences.stream().anyMatch(Trace.SentenceTrace::taggedInRun), "cited sentences were tagged");
        assertTrue(sentences.stream().anyMatch(s -> !s.taggedInRun()), "some sentence no rule could match");
        for (Trace.Fired f : t.fired()) {
            assertTrue(t.chunks().get(f.chunk() - 1).sentences().get(f.sentence()).taggedInRun(), f.toString());
        }
    }

    @Test
    void htmlPageIsSelfContainedAndHighlightsEvidence() throws Exception {
        Trace t = trace("hardware-answered.txt");
        String html = TraceHtml.render(t);
        assertTrue(html.startsWith("<!DOCTYPE html>"));
        assertFalse(html.contains("<script"), "no script");
        assertFalse(html.matches("(?s).*(src|href)=\"(https?:)?//.*"), "no external resource");
        assertTrue(html.contains("<a href=\"#rule-hardware.device\" class=\"direct\""), "evidence links to its rule");
        assertTrue(html.contains("<pre id=\"rule-hardware.device\">rules/evidence/hardware.rules:"), "rule source");
        assertTrue(html.contains("<span class=\"tok\" title=\"GPU / NNP\">GPU</span>"), "tags on hover");
    }

    @Test
    void traceCarriesTheDigestOfTheRuleFiles() throws Exception {
        Trace t = trace("hardware-answered.txt");
        assertTrue(t.rulesDigest().matches("sha256:[0-9a-f]{64}"));
        assertTrue(t.ruleFiles().contains("rules/evidence/hardware.rules"), t.ruleFiles().toString());
        assertEquals("corenlp", t.nlp());
        assertEquals(t, trace("hardware-answered.txt"));
    }

    @Test
    void traceNamesTheNlpBackendAndItsDigestCoversIt() throws Exception {
        Symqa open = TestPipeline.get("opennlp");
        Trace o = new Tracer(open).trace(open.answer(Files.readString(Path.of("testdata/prompts/hardware-answered.txt"))));
        Trace c = trace("hardware-answered.txt");
        assertEquals("opennlp", o.nlp());
        assertTrue(o.ruleFiles().contains("rules/opennlp/tags.txt"), o.ruleFiles().toString());
        assertTrue(o.ruleFiles().contains("lexicons/opennlp/lemmas.txt"), o.ruleFiles().toString());
        assertFalse(c.ruleFiles().contains("rules/opennlp/tags.txt"), "CoreNLP reads no OpenNLP data");
        assertFalse(o.rulesDigest().equals(c.rulesDigest()), "the backend changes the digest");
        assertTrue(TraceText.render(o).contains("; nlp: opennlp\n"), TraceText.render(o));
    }
}
