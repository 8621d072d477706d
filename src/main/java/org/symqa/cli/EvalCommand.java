package org.symqa.cli;

import org.symqa.ResultJson;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.symqa.Result;
import org.symqa.Symqa;
import org.symqa.eval.Evaluation;
import org.symqa.eval.Prediction;
import org.symqa.eval.ScoreWords;
import org.symqa.lexicon.LexiconLibrary;
import org.symqa.resources.SourceException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code symqa eval}: answers every prompt of a gold file and scores the answers as the evaluation scorer does. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Answers every line of a gold JSONL file and scores the answers as the evaluation scorer does.",
            "Prints the scorer's figures "
            + "(acc, P, R, F1, keyrecall, evidence, ungrounded, overlimit, n; see its METRICS.md), after a table of how "
            + "often each topic's and each rule's direct evidence was cited on answerable and on unanswerable items. "
            + "The last line is 'SCORE acc=... f1=... keyrecall=... evidence=... ungrounded=... overlimit=... n=...'.",
            "Gold lines hold 'id', 'answerable' and 'prompt' (or 'question' and 'contexts'); optional: 'llm_answers', "
            + "'llm_categorical', 'human_decisions', 'answers', 'evidence', 'cq_number'. A bad gold line stops the run "
            + "before anything is answered, naming its file and line number.",
            "Progress (done/total, rate, time left) goes to standard error."})
final class EvalCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "GOLD.jsonl[.gz]", description = "Gold file (.gz is decompressed), or - for standard input.")
    String input;

    @Option(names = {"-o", "--output"}, paramLabel = "PREDICTIONS.jsonl",
            description = "Also write the predictions, one result line per gold line as 'symqa batch' writes them.")
    Path output;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: all cores). Figures are the same for any N.")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--quiet", description = "No progress on standard error.")
    boolean quiet;

    @Mixin
    EngineOptions engine;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    /** What the pipeline made of one task. */
    private record Answered(ObjectNode json, Prediction prediction) {
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter out = spec.commandLine().getOut();
        if (threads < 1) {
            err.println("symqa eval: --threads must be at least 1");
            return 2;
        }
        Symqa symqa;
        ScoreWords words;
        List<GoldFile.Entry> tasks;
        try {
            symqa = engine.build();
            LexiconLibrary lexicons = new LexiconLibrary(engine.lexiconSource(), s -> List.of(s.strip().split("\\s+")));
            words = ScoreWords.of(lexicons.get(ScoreWords.STOP_LEXICON));
            tasks = GoldFile.read(input, symqa.reader(), item -> true); // every line checked before anything is answered
        } catch (CliException e) {
            err.println("symqa eval: " + e.getMessage());
            return 1;
        } catch (SourceException e) {
            err.println("symqa eval: rule file error: " + e.getMessage());
            return 1;
        }
        Evaluation evaluation = new Evaluation(words, Evaluation.topicsOf(symqa.ruleSet()));
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long t0 = System.nanoTime();
        Progress progress = quiet ? null : Progress.of(err, "symqa eval", "items", tasks.size());
        try (Writer predictions = output == null ? Writer.nullWriter() : Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
            ArrayDeque<Future<Answered>> window = new ArrayDeque<>();
            int done = 0;
            for (GoldFile.Entry task : tasks) {
                window.add(pool.submit(() -> answer(symqa, task)));
                if (window.size() >= threads * 16) {
                    take(window, tasks.get(done++), predictions, evaluation);
                    progress(progress, done);
                }
            }
            while (!window.isEmpty()) {
                take(window, tasks.get(done++), predictions, evaluation);
                progress(progress, done);
            }
        } catch (IOException e) {
            err.println("symqa eval: " + output + ": cannot write: " + e.getMessage());
            return 1;
        } catch (ExecutionException e) {
            err.println("symqa eval: " + e.getCause().getMessage());
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            err.println("symqa eval: stopped: " + e);
            return 1;
        } finally {
            pool.shutdownNow();
            if (progress != null) {
                progress.finish();
            }
        }
        if (!quiet) {
            double secs = (System.nanoTime() - t0) / 1e9;
            err.printf("symqa eval: %d items, %.1f s%n", tasks.size(), secs);
            err.flush();
        }
        evaluation.report().forEach(out::println);
        out.flush();
        return 0;
    }

    private Answered answer(Symqa symqa, GoldFile.Entry task) {
        try {
            Result r = symqa.answer(task.prompt());
            String id = task.gold().id();
            return new Answered(ResultJson.of(id, r, -1), Prediction.of(id, r));
        } catch (RuntimeException e) {
            throw new IllegalStateException(GoldFile.name(input) + ":" + task.line() + ": internal error: " + e, e);
        }
    }

    private static void take(ArrayDeque<Future<Answered>> window, GoldFile.Entry task, Writer predictions, Evaluation evaluation)
            throws IOException, ExecutionException, InterruptedException {
        Answered a = window.poll().get();
        predictions.write(ResultJson.line(a.json()));
        predictions.write('\n');
        evaluation.add(task.gold(), a.prediction());
    }

    private static void progress(Progress progress, int done) {
        if (progress != null) {
            progress.update(done);
        }
    }
}
