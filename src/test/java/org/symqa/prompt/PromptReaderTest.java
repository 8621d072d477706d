package org.symqa.prompt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class PromptReaderTest {
    private final PromptReader reader = reader();

    /** A reader of the repository's prompt layout alone (no rules, lexicons or tagger); other tests of the package use it. */
    static PromptReader reader() {
        try {
            return new PromptReader(PromptLayout.from(org.symqa.resources.KeyValueFile.parse("rules/prompt-layout.txt",
                    Files.readString(Path.of("rules/prompt-layout.txt")))));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void readsStuffQaPromptWithQueryTemplate() throws Exception {
        Prompt p = reader.read(Files.readString(Path.of("testdata/prompts/postprocessing-partial.txt")));
        assertEquals("What are the postprocessing steps involved after the model training "
                + "(e.g., Saliency maps, Metrics calculation, Confusion matrix)?", p.question());
        assertEquals(400, p.wordLimit());
        assertEquals(AnswerFormat.ANSWER_BLOCK, p.format());
        assertEquals(4, p.chunks().size(), "a stuff prompt holds the retrieval's 4 chunks");
        assertTrue(p.chunks().get(0).startsWith("3.4. Training behaviour\n\nThe convolutional"), p.chunks().get(0));
        assertEquals("2.1. Study area", p.chunks().get(2).strip());
        assertTrue(p.chunks().get(3).startsWith("The observations cover 412 lake catchments"));
    }

    @Test
    void ignoresAnAnswerAfterHelpfulAnswer() throws Exception {
        String text = Files.readString(Path.of("testdata/prompts/hardware-answered.txt")) + "\nThe GPU was an RTX.";
        Prompt p = reader.read(text);
        assertTrue(p.question().startsWith("Which hardware resources"));
    }

    @Test
    void theContextEndsAtTheFirstLineBreakOfUpTo16BlankLinesBeforeTheQuestion() throws Exception {
        String head = "Use the following pieces of context to answer the question at the end.\n\nWe used Adam.";
        for (int blank : new int[] {0, 16}) {
            Prompt p = reader.read(head + "\n" + " \n".repeat(blank) + "Question: Which optimizer?\nHelpful Answer:");
            assertEquals("Which optimizer?", p.question());
            assertEquals("We used Adam.", p.chunks().get(p.chunks().size() - 1), "blank lines " + blank);
        }
        // more blank lines still find the question; the part then ends at a later line break of the run
        Prompt far = reader.read(head + "\n" + " \n".repeat(17) + "Question: Which optimizer?\nHelpful Answer:");
        assertEquals("Which optimizer?", far.question());
        assertEquals("We used Adam.\n ", far.chunks().get(far.chunks().size() - 1));
        // however many spaces stand on the line before a label
        Prompt spaces = reader.read(head + "\n" + " ".repeat(500) + "Question: Which optimizer?\n" + " ".repeat(500)
                + "Helpful Answer:");
        assertEquals("Which optimizer?", spaces.question());
        assertEquals("We used Adam.", spaces.chunks().get(spaces.chunks().size() - 1));
    }

    @Test
    void readsPlainQuestionThenContext() throws Exception {
        Prompt p = reader.read(Files.readString(Path.of("testdata/prompts/plain-question.txt")));
        assertEquals("Which GPU did they train on?", p.question());
        assertEquals(0, p.wordLimit());
        assertEquals(AnswerFormat.PLAIN, p.format());
        assertEquals(3, p.chunks().size());
    }

    @Test
    void readsLabelledPlainPrompt() throws Exception {
        Prompt p = reader.read("Question: Which optimizer was used\n\nContext: We trained with Adam.");
        assertEquals("Which optimizer was used", p.question());
        assertEquals(java.util.List.of("We trained with Adam."), p.chunks());
    }

    @Test
    void readsJsonWithContexts() throws Exception {
        Prompt p = reader.read(Files.readString(Path.of("testdata/prompts/json-contexts.json")));
        assertEquals("What metrics are used to evaluate the performance of the deep learning model?", p.question());
        assertEquals(2, p.chunks().size());
    }

    @Test
    void keepsBlankLinesInsideAChunkThatFitsTheChunkSize() {
        ChunkSplitter s = new ChunkSplitter(60, 1);
        assertEquals(java.util.List.of("2.1. Data\n\nThe data came from sensors.", "x".repeat(50)),
                s.split("2.1. Data\n\nThe data came from sensors.\n\n" + "x".repeat(50)));
    }

    @Test
    void cutsTheLastChunkOfSeveralBlocksUntilThereAreK() {
        ChunkSplitter s = new ChunkSplitter(60, 4);
        // grouping gives [a b] [c d e]: the last chunk of several blocks is cut before its last block, twice
        String text = "a".repeat(20) + "\n\n" + "b".repeat(20) + "\n\n" + "c".repeat(30) + "\n\n" + "d".repeat(5)
                + "\n\n" + "e".repeat(5);
        assertEquals(java.util.List.of("a".repeat(20) + "\n\n" + "b".repeat(20), "c".repeat(30), "d".repeat(5),
                "e".repeat(5)), s.split(text));
        // four blocks that fit in one chunk of 60 become four chunks; three blocks stay three
        assertEquals(4, s.split("a\n\nb\n\nc\n\nd").size());
        assertEquals(3, s.split("a\n\nb\n\nc").size());
        // never more than k by cutting: five small blocks give four chunks
        assertEquals(java.util.List.of("a\n\nb", "c", "d", "e"), s.split("a\n\nb\n\nc\n\nd\n\ne"));
    }

    @Test
    void readsAStuffQaPromptWithoutContext() throws Exception {
        Prompt p = reader.read("Use the following pieces of context to answer the question at the end.\n\n"
                + "Question: Which GPU was used?\nHelpful Answer:");
        assertEquals("Which GPU was used?", p.question());
        assertEquals(java.util.List.of(), p.chunks());
    }

    @Test
    void rejectsBadInputWithClearMessages() {
        assertEquals("JSON input is not an object", assertThrows(PromptException.class, () -> reader.read("[1, 2]")).getMessage());
        assertEquals("empty input: no prompt", assertThrows(PromptException.class, () -> reader.read("  \n")).getMessage());
        assertTrue(assertThrows(PromptException.class, () -> reader.read("Just some text without a question."))
                .getMessage().startsWith("no question found"));
        assertTrue(assertThrows(PromptException.class, () -> reader.read("{\"question\": 3}"))
                .getMessage().startsWith("no question found: JSON needs"));
        assertEquals("malformed JSON at column 13: Unexpected character ('3' (code 51)): "
                + "was expecting a colon to separate field name and value",
                assertThrows(PromptException.class, () -> reader.read("{\"question\" 3}")).getMessage());
    }
}
