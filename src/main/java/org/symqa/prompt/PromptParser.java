package org.symqa.prompt;

import java.util.Optional;
import org.symqa.text.RepairedText;

/** One prompt layout: recognises its own text and takes it apart. */
public interface PromptParser {
    /**
     * Reads a prompt in this layout.
     *
     * @param source the prompt as read: {@link RepairedText#text} is the normalised text the layout patterns see
     *               ({@code \n} line ends), {@link RepairedText#original} the text as it came, where chunks are taken
     * @return the prompt, or empty when the text is not in this layout
     * @throws PromptException when the text is in this layout but broken (e.g. no question)
     */
    Optional<Prompt> parse(RepairedText source) throws PromptException;
}
