package org.symqa.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.symqa.Result;
import org.symqa.ResultJson;
import org.symqa.Symqa;
import org.symqa.batch.ItemFailure;
import org.symqa.eval.Evaluation;
import org.symqa.eval.GoldItem;
import org.symqa.eval.OverlapBaseline;
import org.symqa.eval.Prediction;
import org.symqa.nlp.Chunk;
import org.symqa.nlp.Document;
import org.symqa.prompt.JsonInput;
import org.symqa.prompt.Prompt;

/**
 * The items of {@code symqa eval}: a gold line read as a task, answered without ever throwing, and its result written
 * and added to the figures.
 */
final class EvalItems {
    private EvalItems() {
    }

    /** A gold item with the prompt read from its line, or the reason it cannot be answered (over a limit). */
    record Task(long line, GoldItem gold, Prompt prompt, String problem) {
    }

    /** What the pipeline made of one task; {@code prediction} is null when the item failed. */
    record Answered(ObjectNode json, Prediction prediction, Prediction baseline) {
    }

    /** A task being answered. */
    record Pending(Task task, Future<Answered> answer) {
    }

    /**
     * Reads one checked gold line as a task; a prompt over the size limit is a failed task. Every line is read so
     * before anything is answered (a file twice: to check it, then to answer it, so that only the lines in flight
     * are held).
     */
    static GoldFile.LineReader<Task> reader(Symqa symqa, ItemLimits limits) {
        return (line, gold, node) -> {
            String tooLarge = limits.promptTooLarge(JsonInput.promptBytes(node));
            return tooLarge != null ? new Task(line, gold, null, tooLarge)
                    : new Task(line, gold, symqa.reader().readJson(node), null);
        };
    }

    /** Answers one task; never throws: a failure becomes an error result without a prediction. */
    static Answered answer(Symqa symqa, OverlapBaseline baseline, Task task, String input, boolean general) {
        String id = task.gold().id();
        String name = input.equals("-") ? "<stdin>" : input;
        if (task.problem() != null) {
            return new Answered(ResultJson.error(id, name + ":" + task.line() + ": " + task.problem()), null, null);
        }
        try {
            Document document = symqa.annotate(task.prompt());
            Result r = general ? symqa.answerGeneral(task.prompt(), document) : symqa.answer(task.prompt(), document);
            List<String> sentences = new ArrayList<>();
            for (Chunk c : document.chunks()) {
                c.sentences().forEach(s -> sentences.add(s.text()));
            }
            return new Answered(ResultJson.of(id, r, -1), Prediction.of(id, r),
                    baseline.predict(id, task.prompt().question(), sentences));
        } catch (Throwable e) {
            return new Answered(ResultJson.error(id, name + ":" + task.line() + ": " + ItemFailure.describe(e)), null, null);
        }
    }

    /** Writes the next result and adds it to the figures; 1 when the item failed (said on standard error). */
    static int take(Pending pending, Output predictions, Evaluation evaluation, PrintWriter err)
            throws Output.OutputException, ExecutionException, InterruptedException {
        Task task = pending.task();
        Answered a = pending.answer().get();
        if (predictions != null) {
            predictions.line(ResultJson.line(a.json()));
        }
        if (a.prediction() == null) {
            err.println("symqa eval: " + a.json().get("error").asText());
            err.flush();
            return 1;
        }
        evaluation.add(task.gold(), a.prediction());
        evaluation.addBaseline(task.gold(), a.baseline());
        return 0;
    }

}
