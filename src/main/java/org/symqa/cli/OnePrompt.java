package org.symqa.cli;

import org.symqa.batch.ItemFailure;
import java.io.PrintWriter;
import java.nio.file.Path;
import org.symqa.Result;
import org.symqa.Symqa;
import org.symqa.prompt.PromptException;
import org.symqa.resources.SourceException;
import org.symqa.text.Deadline;

/**
 * The shared run of a command that answers one prompt from a file or standard input: read it (within
 * {@code --max-prompt}), build the pipeline, answer and render within {@code --time-limit}, write the output
 * (checked), and turn every kind of bad input or failure into one line on standard error and a non-zero exit code:
 * 1 for bad input, a broken rule file or a failed prompt, 74 when the output cannot be written.
 */
final class OnePrompt {
    /** What a command makes of the answered prompt: the text it writes. */
    @FunctionalInterface
    interface Render {
        String render(Symqa symqa, Result result, long millis) throws Exception;
    }

    private OnePrompt() {
    }

    /** Runs the command; {@code name} opens every error line ("symqa answer"); {@code output} null is standard output. */
    static int run(String name, String file, EngineOptions engine, ItemLimits limits, Path output, PrintWriter err,
                   Render render) {
        String where = file.equals("-") ? "<stdin>" : file;
        try {
            long millis = limits.timeLimitMillis();
            String text = InputText.read(file, System.in, limits.maxPrompt, "--max-prompt");
            Symqa symqa = engine.build();
            String rendered;
            try {
                rendered = Deadline.in(millis).call(() -> {
                    long t0 = System.nanoTime();
                    Result r = symqa.answer(text);
                    return render.render(symqa, r, (System.nanoTime() - t0) / 1_000_000);
                });
            } catch (PromptException e) {
                throw e;
            } catch (Throwable t) {
                err.println(name + ": " + where + ": " + ItemFailure.describe(t));
                err.flush();
                return 1;
            }
            try (Output out = Output.open(output)) {
                out.write(rendered);
            }
            return 0;
        } catch (CliException e) {
            err.println(name + ": " + e.getMessage());
        } catch (PromptException e) {
            err.println(name + ": " + where + ": " + e.getMessage());
        } catch (SourceException e) {
            err.println(name + ": rule file error: " + e.getMessage());
        } catch (Output.OutputException e) {
            err.println(name + ": " + e.getMessage());
            err.flush();
            return Output.OutputException.EXIT;
        }
        err.flush();
        return 1;
    }
}
