package org.symqa.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** {@code --nlp}: the backend is chosen per run, recorded in the trace, and only its classes are loaded. */
class NlpOptionTest {
    private static final String PROMPT = "testdata/prompts/hardware-answered.txt";

    @Test
    void traceRecordsTheBackend() {
        MainTest.Run r = MainTest.run("answer", "--trace", "--nlp", "opennlp", PROMPT, "--rules", "rules",
                "--lexicons", "lexicons");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("\"nlp\" : \"opennlp\""), r.out());
        assertTrue(r.out().contains("\"rules/opennlp/tags.txt\""), "its data files are listed");
    }

    @Test
    void anUnknownBackendIsAOneLineErrorNamingTheChoices() {
        MainTest.Run r = MainTest.run("answer", "--nlp", "spacy", PROMPT);
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("Invalid value for option '--nlp': expected one of [corenlp, opennlp]"), r.err());
    }

    @Test
    void rulesCheckRunsTheExamplesOnTheChosenBackend() {
        MainTest.Run r = MainTest.run("rules", "check", "rules", "--nlp", "opennlp");
        assertEquals(0, r.code(), r.out());
        assertTrue(r.out().endsWith(" 0 problems (rules: rules, lexicons: lexicons)\n"), r.out());
    }

    /** A fresh JVM answering with OpenNLP loads no class of CoreNLP's tokenizer, tagger or morphology. */
    @Test
    void openNlpRunLoadsNoCoreNlpAnnotatorClass() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-Xlog:class+load=info", "-cp", System.getProperty("java.class.path"),
                "org.symqa.cli.Main", "answer", "--nlp", "opennlp", PROMPT, "--rules", "rules", "--lexicons", "lexicons")
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), out.substring(Math.max(0, out.length() - 2000)));
        assertTrue(out.contains("org.symqa.nlp.OpenNlpAnnotator "), "the class log is read");
        assertTrue(out.contains("The context names this hardware: "), "it answered");
        // TokensRegex (the rule patterns) uses CoreNLP's token factories; its tokenizer, tagger and morphology must stay out
        for (String cls : List.of("org.symqa.nlp.CoreNlpAnnotator ", "edu.stanford.nlp.tagger.",
                "edu.stanford.nlp.process.PTBLexer ", "edu.stanford.nlp.process.PTBTokenizer ",
                "edu.stanford.nlp.process.Morphology ", "edu.stanford.nlp.process.WordToSentenceProcessor ")) {
            assertFalse(out.contains(cls), cls + " was loaded");
        }
    }
}
