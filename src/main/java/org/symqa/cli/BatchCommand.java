package org.symqa.cli;

import org.symqa.ResultJson;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.symqa.Symqa;
import org.symqa.batch.InputLine;
import org.symqa.batch.LineAnswerer;
import org.symqa.resources.SourceException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code symqa batch}: answers every line of a JSONL file, in input order. */
@Command(name = "batch", mixinStandardHelpOptions = true,
        description = {"Answers a JSONL file of prompts and writes one result line per input line, in input order.",
            "Each input line holds 'id' and 'prompt', or 'id', 'question' and 'contexts'; other fields are ignored.",
            "A bad line (blank, malformed, over a limit, failed) gets an error result {\"id\", \"error\"} and the others",
            "still run; the exit code is then 1.",
            "Progress (done/total, rate, time left) goes to standard error."})
final class BatchCommand implements Callable<Integer> {
    /** Bytes of input lines that may wait in the window of lines in flight, besides one line of any length. */
    private static final long WINDOW_BYTES = 16 * Sizes.MIB;

    @Parameters(index = "0", paramLabel = "IN.jsonl[.gz]", description = "Input file (.gz is decompressed), or - for standard input.")
    String input;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT.jsonl", description = "Output file (default: standard output).")
    Path output;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: all cores). Output is the same for any N.")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--timings", description = "Add 'millis' to each result (breaks byte-identical output).")
    boolean timings;

    @Option(names = "--quiet", description = "No progress on standard error.")
    boolean quiet;

    @Option(names = "--trace", description = "Add a 'trace' field to each result (docs/trace.md).")
    boolean trace;

    @Mixin
    EngineOptions engine;

    @Mixin
    ItemLimits limits;

    @Mixin
    StreamLimits stream;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    /** A result line on its way out, with the input bytes it holds while in flight. */
    private record Pending(Future<ObjectNode> result, long bytes) {
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (threads < 1) {
            err.println("symqa batch: --threads must be at least 1");
            return 2;
        }
        Symqa symqa;
        long millis;
        LineAnswerer answerer;
        try {
            millis = limits.timeLimitMillis();
            symqa = engine.build();
            answerer = new LineAnswerer(symqa, stream.maxLine, limits.maxPrompt, millis, timings, trace);
        } catch (CliException e) {
            err.println("symqa batch: " + e.getMessage());
            return 1;
        } catch (SourceException e) {
            err.println("symqa batch: rule file error: " + e.getMessage());
            return 1;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long lines = 0;
        long errors = 0;
        long t0 = System.nanoTime();
        Progress progress = quiet ? null : Progress.of(err, "symqa batch", "lines", LineCount.of(input, stream.maxInput));
        try (LineSource source = LineSource.open(input, System.in, stream.maxLine, stream.maxInput);
             Output out = Output.open(output)) {
            ArrayDeque<Pending> window = new ArrayDeque<>();
            long windowBytes = 0;
            Exception readError = null;
            try {
                InputLine line;
                while ((line = source.next()) != null) {
                    InputLine l = line;
                    long held = l.tooLong() ? 0 : l.bytes().length;
                    window.add(new Pending(pool.submit(() -> answerer.answer(l)), held));
                    windowBytes += held;
                    while (window.size() >= threads * 16 || windowBytes > WINDOW_BYTES && window.size() > 1) {
                        Pending p = window.poll();
                        windowBytes -= p.bytes();
                        errors += write(out, p.result().get());
                        lines++;
                        progress(progress, lines);
                    }
                }
            } catch (IOException | CliException e) {
                readError = e; // the lines read before still get their result lines
            }
            while (!window.isEmpty()) {
                errors += write(out, window.poll().result().get());
                lines++;
                progress(progress, lines);
            }
            if (readError instanceof CliException e) {
                throw e;
            } else if (readError != null) {
                throw (IOException) readError;
            }
        } catch (CliException e) {
            err.println("symqa batch: " + e.getMessage());
            return 1;
        } catch (Output.OutputException e) {
            err.println("symqa batch: " + e.getMessage());
            return Output.OutputException.EXIT;
        } catch (IOException e) {
            err.println("symqa batch: " + (input.equals("-") ? "<stdin>" : input) + ": cannot read: " + e.getMessage());
            return 1;
        } catch (InterruptedException | ExecutionException e) {
            err.println("symqa batch: stopped: " + e);
            return 1;
        } finally {
            pool.shutdownNow();
            if (progress != null) {
                progress.finish();
            }
            err.flush();
        }
        double secs = (System.nanoTime() - t0) / 1e9;
        if (!quiet) {
            err.printf("symqa batch: %d lines, %d errors, %.1f s (%.0f lines/s)%n", lines, errors, secs, lines / Math.max(secs, 1e-9));
        }
        err.flush();
        return errors == 0 ? 0 : 1;
    }

    private static int write(Output out, ObjectNode o) throws Output.OutputException {
        out.line(ResultJson.line(o));
        out.flush();
        return o.has("error") ? 1 : 0;
    }

    private static void progress(Progress progress, long lines) {
        if (progress != null) {
            progress.update(lines);
        }
    }
}
