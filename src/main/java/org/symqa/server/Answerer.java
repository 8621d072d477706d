package org.symqa.server;

import org.symqa.Result;
import org.symqa.prompt.Prompt;

/** Turns a prompt that has been read into a result (the pipeline, or in tests a slowed-down pipeline). */
@FunctionalInterface
public interface Answerer {
    /** Answers one prompt; must be safe to call from several threads at once. */
    Result answer(Prompt prompt);
}
