package org.symqa.server;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.symqa.Result;
import org.symqa.Symqa;
import org.symqa.nlp.Chunk;
import org.symqa.nlp.Document;
import org.symqa.prompt.AnswerFormat;
import org.symqa.prompt.Prompt;

/**
 * The pipeline as the server runs it: the same stages as {@link Symqa#answer(Prompt)}, with a check of the
 * thread's interrupt flag before each chunk is prepared and before the answer is written, so that a request that
 * timed out stops at the next stage boundary instead of running to the end.
 */
final class PipelineAnswerer implements Answerer {
    private final Symqa symqa;

    PipelineAnswerer(Symqa symqa) {
        this.symqa = symqa;
    }

    @Override
    public Result answer(Prompt prompt) {
        List<Chunk> chunks = new ArrayList<>(prompt.chunks().size());
        for (String text : prompt.chunks()) {
            stopIfInterrupted();
            // one chunk at a time through the pipeline's chunk cache, numbered as annotate(prompt) numbers them
            Chunk c = symqa.annotate(new Prompt(prompt.question(), List.of(text), 0, AnswerFormat.PLAIN)).chunks().get(0);
            chunks.add(new Chunk(chunks.size() + 1, c.text(), c.annotation()));
        }
        stopIfInterrupted();
        Result r = symqa.answer(prompt, new Document(chunks));
        stopIfInterrupted();
        return r;
    }

    /** Throws when the worker was interrupted (its request timed out or the server is stopping). */
    static void stopIfInterrupted() {
        if (Thread.currentThread().isInterrupted()) {
            throw new CancellationException("request cancelled");
        }
    }
}
