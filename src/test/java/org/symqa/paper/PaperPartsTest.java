package org.symqa.paper;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.symqa.TestPipeline;

/** The splitter, the heading finder, the CSV fields and the readers' one-line errors, without the pipeline. */
class PaperPartsTest {
    @Test
    void splitterKeepsChunksWithinSizeWithOverlapAndTrueOffsets() {
        String text = String.join("\n", TestPdfs.pages(Path.of("testdata/papers/seabird-colonies.txt")));
        List<TextChunk> chunks = new RecursiveSplitter(1000, 50).split(List.of(new Page(1, text)));
        assertTrue(chunks.size() > 10, "chunks: " + chunks.size());
        for (TextChunk c : chunks) {
            assertTrue(c.text().length() <= 1000, c.text().length() + "");
            assertEquals(c.text(), text.substring(c.start(), c.start() + c.text().length()));
        }
    }

    @Test
    void splitterCutsAtParagraphsThenLinesThenSpacesLikeLangChain() {
        RecursiveSplitter s = new RecursiveSplitter(10, 0);
        assertEquals(List.of("aaaa bbbb", "cccc\n\ndd"), s.split("aaaa bbbb\n\ncccc\n\ndd"));
        assertEquals(List.of("aaaa bbbb", "cccc"), s.split("aaaa bbbb cccc"));
        assertEquals(List.of("abcdefghij", "klm"), s.split("abcdefghijklm"));
        assertEquals(List.of("aaaa bbbb", "bbbb cccc"), new RecursiveSplitter(10, 5).split("aaaa bbbb cccc"));
    }

    @Test
    void numberedHeadingsMustContinueTheNumbering() {
        List<Heading> hs = TestPipeline.headings().find(List.of(new Page(1, "Title\nAbstract\nSome text.\n1 Introduction\n"
                + "We trained for\n30 Epochs With A Batch Size\n2. Methods\n2.1. Model training\n16 GB of memory"),
                new Page(2, "2.5 Skipped two\n2.2 Hardware used\n4 Results\n4.1 Scores")));
        assertEquals(List.of("Abstract", "1", "2", "2.1", "2.2", "4", "4.1"), hs.stream().map(Heading::label).toList());
        assertEquals(new Location(2, hs.get(4)), new PaperText("x", "x", List.of(), hs).locate(2, 25));
        assertTrue(Headings.follows(new int[] {2, 3}, new int[] {2, 3, 1}));
        assertTrue(Headings.follows(new int[] {2, 3}, new int[] {2, 5}), "one missed heading is allowed");
        assertFalse(Headings.follows(new int[] {2, 3}, new int[] {2, 6}));
        assertFalse(Headings.follows(new int[] {2, 3}, new int[] {2, 3}));
    }

    @Test
    void csvFieldsAreQuotedOnlyWhenNeeded() {
        assertEquals("plain", CsvTable.field("plain"));
        assertEquals("\"a, \"\"b\"\"\"", CsvTable.field("a, \"b\""));
    }

    @Test
    void textPapersSplitAtFormFeeds(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("p.txt");
        Files.writeString(f, "one\fTwo\r\nlines\f", StandardCharsets.UTF_8);
        PaperText p = PaperReader.read(f, "p.txt", TestPipeline.headings());
        assertEquals("p", p.uid());
        assertEquals(List.of(new Page(1, "one"), new Page(2, "Two\nlines")), p.pages());
    }

    @Test
    void unreadablePapersSayWhyInOneLine(@TempDir Path dir) throws Exception {
        List<String> pages = List.of("1 Introduction\nWe trained a network.");
        assertError(dir, "enc.pdf", TestPdfs.encrypted(pages), "encrypted PDF");
        assertError(dir, "scan.pdf", TestPdfs.noText(2), "no text layer");
        assertError(dir, "junk.pdf", "%PDF-1.7\nthis is not a PDF body\n".getBytes(StandardCharsets.US_ASCII), "broken PDF");
        assertError(dir, "text.pdf", "just some words".getBytes(StandardCharsets.US_ASCII), "not a PDF");
        assertError(dir, "bad.txt", new byte[] {'a', (byte) 0xff, 'b'}, "not valid UTF-8");
        assertError(dir, "empty.txt", new byte[0], "empty");
    }

    private static void assertError(Path dir, String name, byte[] bytes, String expected) throws Exception {
        Path f = dir.resolve(name);
        Files.write(f, bytes);
        PaperException e = assertThrows(PaperException.class, () -> PaperReader.read(f, name, TestPipeline.headings()));
        assertTrue(e.getMessage().contains(expected) && !e.getMessage().contains("\n"), name + ": " + e.getMessage());
    }
}
