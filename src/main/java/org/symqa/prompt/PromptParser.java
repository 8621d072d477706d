package org.symqa.prompt;

import java.util.Optional;

/** One prompt layout: recognises its own text and takes it apart. */
public interface PromptParser {
    /**
     * Reads a prompt in this layout.
     *
     * @return the prompt, or empty when the text is not in this layout
     * @throws PromptException when the text is in this layout but broken (e.g. no question)
     */
    Optional<Prompt> parse(String text) throws PromptException;
}
