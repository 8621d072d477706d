package org.symqa.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.symqa.Result;
import org.symqa.RuleSet;
import org.symqa.Symqa;
import org.symqa.nlp.Annotator;
import org.symqa.nlp.CoreNlpAnnotator;
import org.symqa.prompt.Prompt;
import org.symqa.resources.ResourceSource;

/**
 * Warm per-prompt latency on the prompts of testdata/, single thread. {@code cached}: the pipeline keeps chunks
 * between answers (a prompt about a paper whose chunks an earlier question already prepared); {@code fresh}: no
 * chunk cache, so every answer splits, prefilters and tags its chunks anew (the first question about a paper).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class AnswerBench {
    @Param({"hardware-answered.txt", "deployment-none.txt", "postprocessing-partial.txt", "plain-question.txt",
        "json-contexts.json"})
    public String file;

    @Param({"fresh", "cached"})
    public String chunks;

    private Symqa symqa;
    private Prompt prompt;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        Annotator annotator = new CoreNlpAnnotator();
        RuleSet rules = RuleSet.load(ResourceSource.embedded("rules"), ResourceSource.embedded("lexicons"), annotator);
        symqa = new Symqa(rules, annotator, chunks.equals("cached") ? Symqa.DEFAULT_CHUNK_CACHE : 0);
        prompt = symqa.reader().read(read(file));
    }

    private static String read(String name) throws IOException {
        Path p = Path.of("testdata/prompts", name);
        return Files.readString(p);
    }

    @Benchmark
    public Result answer() {
        return symqa.answer(prompt);
    }
}
