package org.symqa.prompt;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Prompts with labelled parts, as retrieval frameworks other than LangChain's stuff chain write them. */
class LabelledParserTest {
    private static final String QUESTION = "Which hardware resources are used for training the deep learning model?";
    private static final String GPU = "We trained a ResNet-18 classifier on an NVIDIA RTX 3090 GPU.";
    private static final String RESIZE = "The images were resized to 224 x 224 pixels.";

    private final PromptReader reader = reader();

    private static PromptReader reader() {
        try {
            return new PromptReader(PromptLayout.from(org.symqa.resources.KeyValueFile.parse("rules/prompt-layout.txt",
                    Files.readString(Path.of("rules/prompt-layout.txt")))));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private void assertReads(String prompt, String question, List<String> chunks) throws PromptException {
        Prompt p = reader.read(prompt);
        assertEquals(question, p.question());
        assertEquals(chunks, p.chunks());
    }

    @Test
    void readsLlamaIndexsTextQaPrompt() throws Exception {
        // the context lies between the fences; the instruction after them is not context
        assertReads("Context information is below.\n---------------------\n" + GPU + "\n\n" + RESIZE
                + "\n---------------------\nGiven the context information and not prior knowledge, answer the query.\n"
                + "Query: " + QUESTION + "\nAnswer: ", QUESTION, List.of(GPU + "\n\n" + RESIZE));
    }

    @Test
    void readsLangChainsRagPromptWithTheQuestionBeforeTheContext() throws Exception {
        // no blank line between the parts: each label ends the part before it, "Answer:" ends the context
        assertReads("You are an assistant for question-answering tasks. Use the following pieces of retrieved "
                + "context to answer the question.\nQuestion: " + QUESTION + " \nContext: " + GPU + "\n" + RESIZE
                + " \nAnswer:", QUESTION, List.of(GPU + "\n" + RESIZE + " ")); // offsets into the prompt: not stripped
        assertReads("Question: " + QUESTION + "\nContext: " + GPU + "\nAnswer:", QUESTION, List.of(GPU));
        assertReads("QUESTION: " + QUESTION + "\nCONTEXT: " + GPU, QUESTION, List.of(GPU));
    }

    @Test
    void readsLangChainsChatPromptWithTheContextAfterAFence() throws Exception {
        assertReads("System: Use the following pieces of context to answer the user's question.\n"
                + "If you don't know the answer, just say that you don't know.\n----------------\n" + GPU + "\n\n"
                + RESIZE + "\nHuman: " + QUESTION, QUESTION, List.of(GPU + "\n\n" + RESIZE));
    }

    @Test
    void readsHaystacksPromptAndTags() throws Exception {
        assertReads("Given the following information, answer the question.\n\nContext:\n" + GPU + "\n\n" + RESIZE
                + "\n\nQuestion: " + QUESTION + "\nAnswer:", QUESTION, List.of(GPU + "\n\n" + RESIZE));
        assertReads("Answer from the documents below.\n<documents>\n" + GPU + "\n</documents>\n<question>" + QUESTION
                + "</question>", QUESTION, List.of(GPU));
    }

    @Test
    void anUnlabelledContextBeforeTheQuestionLabelIsTheContext() throws Exception {
        assertReads(GPU + "\n\n" + RESIZE + "\n\nQuestion: " + QUESTION + "\nAnswer:", QUESTION,
                List.of(GPU + "\n\n" + RESIZE));
    }

    @Test
    void aFenceIsFiveDashesOrMore() throws Exception {
        // four dashes are text of the context (a rule in a table, say); five fence it
        assertReads("Context: " + GPU + "\n----\n" + RESIZE + "\nQuestion: " + QUESTION, QUESTION,
                List.of(GPU + "\n----\n" + RESIZE));
        assertReads("Context: " + GPU + "\n-----\n" + RESIZE + "\nQuestion: " + QUESTION, QUESTION, List.of(RESIZE));
        assertReads("Context: " + GPU + "\n=====\n" + RESIZE + "\n=====\nQuestion: " + QUESTION, QUESTION,
                List.of(RESIZE));
    }

    @Test
    void aLabelOnlyStartsALine() throws Exception {
        // "Question:" inside a line is text; the question label is the last one at a line start
        assertReads("Context: The survey's Question: block was skipped. " + GPU + "\nQuestion: " + QUESTION,
                QUESTION, List.of("The survey's Question: block was skipped. " + GPU));
    }

    @Test
    void aQuestionLabelWithoutContextIsLeftToThePlainLayout() throws Exception {
        // the label opens the prompt and nothing labels a context: the plain layout reads it, as before
        assertReads("Question: Which optimizer was used\n\nWe trained with Adam.", "Which optimizer was used",
                List.of("We trained with Adam."));
    }
}
