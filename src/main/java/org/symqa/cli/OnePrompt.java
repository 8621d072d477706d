package org.symqa.cli;

import java.io.IOException;
import java.io.PrintWriter;
import org.symqa.Result;
import org.symqa.Symqa;
import org.symqa.prompt.PromptException;
import org.symqa.resources.SourceException;

/**
 * The shared run of a command that answers one prompt from a file or standard input: read it, build the pipeline,
 * answer, hand the result on, and turn every kind of bad input into one line on standard error and exit code 1.
 */
final class OnePrompt {
    /** What a command does with the answered prompt. */
    @FunctionalInterface
    interface Then {
        void accept(Symqa symqa, Result result, long millis) throws IOException;
    }

    private OnePrompt() {
    }

    /** Runs the command; {@code name} opens every error line ("symqa answer"). */
    static int run(String name, String file, EngineOptions engine, PrintWriter err, Then then) {
        String where = file.equals("-") ? "<stdin>" : file;
        try {
            String text = InputText.read(file, System.in);
            Symqa symqa = engine.build();
            long t0 = System.nanoTime();
            Result r = symqa.answer(text);
            then.accept(symqa, r, (System.nanoTime() - t0) / 1_000_000);
            return 0;
        } catch (CliException e) {
            err.println(name + ": " + e.getMessage());
        } catch (PromptException e) {
            err.println(name + ": " + where + ": " + e.getMessage());
        } catch (SourceException e) {
            err.println(name + ": rule file error: " + e.getMessage());
        } catch (IOException e) {
            err.println(name + ": cannot write: " + e.getMessage());
        }
        err.flush();
        return 1;
    }
}
