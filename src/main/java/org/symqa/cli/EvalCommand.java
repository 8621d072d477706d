package org.symqa.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.symqa.Symqa;
import org.symqa.eval.Evaluation;
import org.symqa.eval.ScoreWords;
import org.symqa.lexicon.LexiconLibrary;
import org.symqa.eval.OverlapBaseline;
import org.symqa.resources.SourceException;
import org.symqa.text.Deadline;
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
            "Beside this system's row stands the row of a word-overlap sentence picker (the baseline); when the gold "
            + "has short answers ('answers'), span rows follow: on answered items the share of exact and partial "
            + "(token F1 >= 0.5) matches and the mean token F1, and the SQuAD 2.0 F1 over all items.",
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

    @Option(names = "--general", description = "Answer every line on the path for questions outside the topics, "
            + "whatever topic the question is recognised as: to measure that path on its own.")
    boolean general;

    @Option(names = "--baseline-overlap", paramLabel = "SHARE",
            description = "Threshold of the word-overlap baseline reported beside this system: it answers with the "
                + "sentence holding the largest share of the question's content words when that share is at least "
                + "SHARE (default: ${DEFAULT-VALUE}, tuned on testdata/general/dev-tune.jsonl).")
    double baselineOverlap = 0.6;

    @Mixin
    EngineOptions engine;

    @Mixin
    ItemLimits limits;

    @Mixin
    StreamLimits stream;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (threads < 1) {
            err.println("symqa eval: --threads must be at least 1");
            return 2;
        }
        if (!(baselineOverlap >= 0 && baselineOverlap <= 1)) {
            err.println("symqa eval: --baseline-overlap must lie between 0 and 1");
            return 2;
        }
        Symqa symqa;
        ScoreWords words;
        List<EvalItems.Task> kept = null; // standard input is read once: its tasks are kept; a file is read again to answer
        int total;
        long millis;
        try {
            millis = limits.timeLimitMillis();
            symqa = engine.build();
            LexiconLibrary lexicons = new LexiconLibrary(engine.lexiconSource(), s -> List.of(s.strip().split("\\s+")));
            words = ScoreWords.of(lexicons.get(ScoreWords.STOP_LEXICON));
            if (input.equals("-")) {
                kept = GoldFile.read(input, stream, gold -> true, EvalItems.reader(symqa, limits));
                total = kept.size();
            } else {
                total = GoldFile.read(input, stream, gold -> true, (line, gold, node) -> EvalItems.reader(symqa, limits)
                        .read(line, gold, node).line()).size();
            }
        } catch (CliException e) {
            err.println("symqa eval: " + e.getMessage());
            return 1;
        } catch (SourceException e) {
            err.println("symqa eval: rule file error: " + e.getMessage());
            return 1;
        }
        Evaluation evaluation = new Evaluation(words, Evaluation.topicsOf(symqa.ruleSet()));
        OverlapBaseline baseline = new OverlapBaseline(words, baselineOverlap);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long t0 = System.nanoTime();
        Progress progress = quiet ? null : Progress.of(err, "symqa eval", "items", total);
        int failed = 0;
        java.util.Iterator<EvalItems.Task> fromStdin = kept == null ? null : kept.iterator();
        try (GoldFile.Lines<EvalItems.Task> lines = kept == null ? new GoldFile.Lines<>(input, stream, gold -> true,
                EvalItems.reader(symqa, limits)) : null; Output predictions = output == null ? null : Output.open(output)) {
            ArrayDeque<EvalItems.Pending> window = new ArrayDeque<>();
            int done = 0;
            EvalItems.Task task;
            while ((task = lines != null ? lines.next() : fromStdin.hasNext() ? fromStdin.next() : null) != null) {
                EvalItems.Task t = task;
                window.add(new EvalItems.Pending(t, pool.submit(() -> Deadline.in(millis).get(() -> EvalItems.answer(symqa, baseline, t, input, general)))));
                if (window.size() >= threads * 16) {
                    failed += EvalItems.take(window.poll(), predictions, evaluation, err);
                    progress(progress, ++done);
                }
            }
            while (!window.isEmpty()) {
                failed += EvalItems.take(window.poll(), predictions, evaluation, err);
                progress(progress, ++done);
            }
        } catch (CliException e) {
            err.println("symqa eval: " + e.getMessage());
            return 1;
        } catch (Output.OutputException e) {
            err.println("symqa eval: " + e.getMessage());
            err.flush();
            return Output.OutputException.EXIT;
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
            err.printf("symqa eval: %d items, %.1f s%n", total, secs);
        }
        if (failed > 0) {
            err.printf("symqa eval: %d of %d items failed and are left out of the figures%n", failed, total);
        }
        err.flush();
        try (Output out = Output.open(null)) {
            for (String line : evaluation.report()) {
                out.line(line);
            }
        } catch (Output.OutputException e) {
            err.println("symqa eval: " + e.getMessage());
            err.flush();
            return Output.OutputException.EXIT;
        }
        return failed == 0 ? 0 : 1;
    }

    private static void progress(Progress progress, int done) {
        if (progress != null) {
            progress.update(done);
        }
    }
}
