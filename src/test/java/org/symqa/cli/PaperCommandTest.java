package org.symqa.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.symqa.paper.TestPdfs;

/** {@code symqa paper} in-process: a folder of 20 generated papers to the published CSV layout, and bad files. */
class PaperCommandTest {
    private static final List<String> PAGES = TestPdfs.pages(Path.of("testdata/papers/seabird-colonies.txt"));

    /** Paper i: the first page, and two other pages of the test paper chosen by i, so the facts vary. */
    private static List<String> generated(int i) {
        return List.of(PAGES.get(0).replace("Counting nesting seabirds", "Paper " + i + ": counting nesting seabirds"),
                PAGES.get(1 + i % 9), PAGES.get(1 + (i + 4) % 9));
    }

    @Test
    void aFolderOfTwentyPapersGivesTheStudysCsvLayout(@TempDir Path dir) throws Exception {
        Path papers = Files.createDirectory(dir.resolve("papers"));
        for (int i = 0; i < 20; i++) {
            Files.write(papers.resolve(String.format("paper-%02d.pdf", i)), TestPdfs.pdf(generated(i)));
        }
        Path csv = dir.resolve("table.csv");
        Path longCsv = dir.resolve("long.csv");
        MainTest.Run r = MainTest.run("paper", papers.toString(), "--format", "csv", "-o", csv.toString(),
                "--long", longCsv.toString(), "--rules", "rules", "--lexicons", "lexicons");
        assertEquals(0, r.code(), r.err());
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        List<String> header = new ArrayList<>(List.of("UID"));
        for (int q = 1; q <= 28; q++) {
            header.add("CQ" + q);
        }
        assertEquals(String.join(",", header), lines.get(0));
        assertEquals(21, lines.size());
        for (int i = 0; i < 20; i++) {
            String[] cols = lines.get(i + 1).split(",");
            assertEquals(String.format("paper-%02d", i), cols[0]);
            assertEquals(29, cols.length);
            for (int c = 1; c < cols.length; c++) {
                assertTrue(cols[c].equals("Yes") || cols[c].equals("No"), lines.get(i + 1));
            }
        }
        // paper 3 holds page 5 of the test paper (the workstation) as its page 2: CQ20, hardware, is Yes there
        assertEquals("Yes", lines.get(4).split(",")[20], lines.get(4));
        assertTrue(r.err().contains("[20/20] " + papers.resolve("paper-19.pdf")), r.err());
        assertTrue(r.err().contains("20 papers: 20 answered files, 0 failed"), r.err());
        String longForm = Files.readString(longCsv, StandardCharsets.UTF_8);
        assertTrue(longForm.startsWith("UID,CQ,question,verdict,answer,evidence,page,section\n"), longForm);
        // answers span lines (quoted fields); the hardware row of paper 3 ends with its evidence, page and section
        assertTrue(longForm.contains("\npaper-03,CQ20,"), "no hardware row for paper-03");
        assertTrue(longForm.contains("NVIDIA RTX 3090 card with 24 GB of memory, hosted in a workstation with 64 GB "
                + "of RAM and an AMD Ryzen 9 processor.\",2,3.2\n"), "no hardware evidence on page 2, section 3.2");
    }

    @Test
    void badFilesGetOneLineEachAndTheOthersStillRun(@TempDir Path dir) throws Exception {
        Path papers = Files.createDirectory(dir.resolve("papers"));
        Files.write(papers.resolve("a-good.pdf"), TestPdfs.pdf(generated(3)));
        Files.write(papers.resolve("b-encrypted.pdf"), TestPdfs.encrypted(generated(3)));
        Files.write(papers.resolve("c-broken.pdf"), "%PDF-1.7\n1 0 obj << /Type /Cat".getBytes(StandardCharsets.US_ASCII));
        Files.writeString(papers.resolve("d-not-a-pdf.pdf"), "Dear reviewer, please find attached.");
        Files.write(papers.resolve("e-scanned.pdf"), TestPdfs.noText(3));
        Files.writeString(papers.resolve("f-good.txt"), String.join("\f", generated(7)));
        Files.writeString(papers.resolve("notes.docx"), "skipped: not a paper file name");
        MainTest.Run r = MainTest.run("paper", papers.toString(), dir.resolve("missing.pdf").toString(),
                "--format", "csv", "--rules", "rules", "--lexicons", "lexicons");
        assertEquals(1, r.code(), r.err());
        String[] out = r.out().split("\n");
        assertEquals(3, out.length, r.out());
        assertTrue(out[1].startsWith("a-good,") && out[2].startsWith("f-good,"), r.out());
        assertErrorLine(r.err(), "b-encrypted.pdf", "encrypted PDF");
        assertErrorLine(r.err(), "c-broken.pdf", "broken PDF");
        assertErrorLine(r.err(), "d-not-a-pdf.pdf", "not a PDF");
        assertErrorLine(r.err(), "e-scanned.pdf", "no text layer");
        assertErrorLine(r.err(), "missing.pdf", "no such file");
        assertTrue(r.err().contains("7 papers: 2 answered files, 5 failed"), r.err());
    }

    @Test
    void reportsInMarkdownAndJsonCiteThePage(@TempDir Path dir) throws Exception {
        Path txt = dir.resolve("p.txt");
        Files.writeString(txt, String.join("\f", generated(3)));
        Path qs = dir.resolve("q.txt");
        Files.writeString(qs, "# hardware only\nWhich GPUs were used for training?\n");
        MainTest.Run md = MainTest.run("paper", txt.toString(), "--questions", qs.toString(), "--rules", "rules",
                "--lexicons", "lexicons");
        assertEquals(0, md.code(), md.err());
        assertTrue(md.out().startsWith("# p\n"), md.out());
        assertTrue(md.out().contains("## CQ1. Which GPUs were used for training?"), md.out());
        assertTrue(md.out().contains("- page 2, section 3.2 (Workstation): \"All runs were carried out on a single "
                + "NVIDIA RTX 3090 card"), md.out());
        MainTest.Run json = MainTest.run("paper", txt.toString(), "--format", "json", "--scan", "retrieve", "--k", "2",
                "--rules", "rules", "--lexicons", "lexicons");
        assertEquals(0, json.code(), json.err());
        String[] lines = json.out().split("\n");
        assertEquals(28, lines.length);
        assertTrue(lines[0].startsWith("{\"id\":\"p:CQ1\",\"paper\":\"p\",\"file\":"), lines[0]);
        assertTrue(json.out().contains("\"page\":"), json.out());
    }

    private static void assertErrorLine(String err, String file, String message) {
        assertTrue(err.lines().anyMatch(l -> l.contains(file + ": error: " + message)), file + ": " + err);
    }
}
