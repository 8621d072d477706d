package org.symqa.prompt;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Prompts with labelled parts, as retrieval frameworks other than LangChain's stuff chain write them. */
class LabelledParserTest {
    private static final String QUESTION = "Which hardware resources are used for training the deep learning model?";
    private static final String GPU = "We trained a ResNet-18 classifier on an NVIDIA RTX 3090 GPU.";
    private static final String RESIZE = "The images were resized to 224 x 224 pixels.";

    private final PromptReader reader = PromptReaderTest.reader();

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
    void aFenceIsFiveDashesOrMoreAndOpensTheContext() throws Exception {
        // five dashes or equals signs right after the label fence the context; four are text of it
        assertReads("Context:\n-----\n" + GPU + "\n-----\nAnswer in one line.\nQuestion: " + QUESTION, QUESTION,
                List.of(GPU));
        assertReads("Context:\n=====\n" + GPU + "\n=====\nAnswer in one line.\nQuestion: " + QUESTION, QUESTION,
                List.of(GPU));
        assertReads("Context:\n----\n" + GPU + "\nQuestion: " + QUESTION, QUESTION, List.of("----\n" + GPU));
        assertReads("Context:\n====\n" + GPU + "\nQuestion: " + QUESTION, QUESTION, List.of("====\n" + GPU));
    }

    @Test
    void aFenceInsideTheContextIsTextOfIt() throws Exception {
        // a heading's underline or a rule between paragraphs loses nothing; nor does a lone fence at the end
        assertReads("Question: " + QUESTION + "\n\nContext: Methods\n-------\n" + GPU + "\n\nResults\n-------\n" + RESIZE,
                QUESTION, List.of("Methods\n-------\n" + GPU + "\n\nResults\n-------\n" + RESIZE));
        assertReads("Context: " + GPU + "\n---------------------\nQuestion: " + QUESTION + "\nAnswer:", QUESTION,
                List.of(GPU + "\n---------------------"));
    }

    @Test
    void theContextNearestBeforeTheQuestionIsItsContext() throws Exception {
        // a worked example before the real question: its context is not the question's
        assertReads("Context: The model was trained on a TPU v3.\nQuestion: Which hardware was used?\nAnswer: A TPU v3.\n\n"
                + "Context: " + GPU + "\nQuestion: " + QUESTION + "\nAnswer:", QUESTION, List.of(GPU));
        // a later context label joins the context instead of cutting it
        assertReads("Context: " + RESIZE + "\nDocuments: " + GPU + "\nQuestion: " + QUESTION, QUESTION,
                List.of(RESIZE + "\nDocuments: " + GPU));
    }

    @Test
    void anEmptyLabelledContextGivesNoChunks() throws Exception {
        assertReads("Context:\nQuestion: " + QUESTION + "\nHelpful Answer:", QUESTION, List.of());
        assertReads("<context></context>\n<question>" + QUESTION + "</question>", QUESTION, List.of());
    }

    @Test
    void aLabelOnlyStartsALine() throws Exception {
        // "Question:" inside a line is text; the question label is the last one at a line start
        assertReads("Context: The survey's Question: block was skipped. " + GPU + "\nQuestion: " + QUESTION,
                QUESTION, List.of("The survey's Question: block was skipped. " + GPU));
    }

    @Test
    void aPlainQuestionFirstKeepsThePlainLayout() throws Exception {
        // the first paragraph is an unlabelled question: label lines in the context below it are text
        assertReads("Which GPU was used for training?\n\n" + GPU + "\nQuestion: what about CPU? We did not test.\n"
                + "Human: 40% error\n-----\n" + RESIZE, "Which GPU was used for training?",
                List.of(GPU + "\nQuestion: what about CPU? We did not test.\nHuman: 40% error\n-----\n" + RESIZE));
    }

    @Test
    void withoutAContextLabelTheTextAfterTheQuestionsParagraphIsTheContext() throws Exception {
        assertReads("Answer the question below from the context.\nQuestion: " + QUESTION + "\n\n" + GPU, QUESTION,
                List.of(GPU));
    }

    @Test
    void aQuestionLabelThenABlankLineReadsAsThePlainLayoutDid() throws Exception {
        // the label opens the prompt and nothing labels a context: the same reading as the plain layout's
        assertReads("Question: Which optimizer was used\n\nWe trained with Adam.", "Which optimizer was used",
                List.of("We trained with Adam."));
    }
}
