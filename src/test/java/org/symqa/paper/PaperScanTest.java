package org.symqa.paper;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.symqa.TestPipeline;
import org.symqa.resources.ResourceSource;

/**
 * A paper of our own (testdata/papers/seabird-colonies.txt, written as a 10-page PDF) with known facts on known
 * pages: both strategies over it, and where the evidence is cited.
 */
class PaperScanTest {
    private static PaperText paper;
    private static List<Question> questions;
    private static PaperReport all;
    private static PaperReport retrieve;

    @BeforeAll
    static void scan(@TempDir Path dir) throws Exception {
        Path pdf = dir.resolve("seabird-colonies.pdf");
        Files.write(pdf, TestPdfs.pdf(TestPdfs.pages(Path.of("testdata/papers/seabird-colonies.txt"))));
        paper = PaperReader.read(pdf, "seabird-colonies.pdf", TestPipeline.headings());
        questions = Questions.canonical(ResourceSource.directory(Path.of("rules"), "rules"));
        all = new PaperAnswerer(TestPipeline.get(), Strategy.ALL, 4).answer(paper, questions);
        retrieve = new PaperAnswerer(TestPipeline.get(), Strategy.RETRIEVE, 4).answer(paper, questions);
    }

    @Test
    void theTwentyEightQuestionsComeInTheStudysOrder() {
        assertEquals(28, questions.size());
        assertEquals("data-collection", questions.get(0).topic());
        assertEquals("hardware", questions.get(19).topic());
        assertEquals("CQ20", questions.get(19).column());
        assertEquals("deployment-platform", questions.get(27).topic());
    }

    @Test
    void pagesAndSectionHeadingsAreRead() {
        assertEquals(10, paper.pages().size());
        assertTrue(paper.headings().stream().anyMatch(h -> h.page() == 4 && h.number().equals("2.3")
                && h.title().equals("Preparing the images")), paper.headings().toString());
        assertTrue(paper.headings().stream().anyMatch(h -> h.page() == 5 && h.number().equals("3.2")),
                paper.headings().toString());
        // "24 GB of memory" and "30 epochs" start no heading
        assertTrue(paper.headings().stream().noneMatch(h -> h.title().contains("GB")), paper.headings().toString());
    }

    @Test
    void scanAllCitesEachFactWithItsPageAndSection() {
        assertFact(all, "frameworks", "PyTorch", "page 2, section 2.1");
        assertFact(all, "data-split", "70%", "page 3, section 2.2");
        assertFact(all, "data-augmentation", "flipping", "page 4, section 2.3");
        assertFact(all, "hardware", "RTX 3090", "page 5, section 3.2");
        assertFact(all, "optimization-technique", "Adam", "page 7, section 3.4");
        assertFact(all, "evaluation-metrics", "precision", "page 8, section 4.1");
        assertFact(all, "code-repository-link", "github.com/seabird-lab", "page 10, section Code and data availability");
    }

    /**
     * Scan-all finds every fact that retrieval of 4 chunks finds, and more: the hardware sentence (page 5), the
     * drone photography of the data collection and the validation-loss monitoring use none of the words of their
     * questions, so BM25 ranks their chunks below the chunks that talk about deep learning models and training.
     */
    @Test
    void scanAllFindsEveryFactRetrievalFindsAndMore() {
        Set<String> byAll = answered(all);
        Set<String> byRetrieve = answered(retrieve);
        assertTrue(byAll.containsAll(byRetrieve), "retrieve found what scan-all missed: " + minus(byRetrieve, byAll));
        assertEquals(Set.of("data-collection", "hardware", "training-monitoring"), minus(byAll, byRetrieve));
        assertTrue(byRetrieve.containsAll(Set.of("frameworks", "optimization-technique", "evaluation-metrics",
                "data-split", "code-repository-link")), byRetrieve.toString());
    }

    @Test
    void retrievalCitesPagesOfTheChunksItRetrieved() {
        assertFact(retrieve, "frameworks", "PyTorch", "page 2, section 2.1");
        assertFact(retrieve, "optimization-technique", "Adam", "page 7, section 3.4");
    }

    private static void assertFact(PaperReport report, String topic, String fact, String cite) {
        PaperAnswer a = report.answers().stream().filter(x -> x.question().topic().equals(topic)).findFirst().orElseThrow();
        assertTrue(a.answered(), topic + ": " + a.result().answer().text());
        assertTrue(a.citations().stream().anyMatch(c -> c.evidence().text().contains(fact)
                && c.location().cite().equals(cite)), topic + ": no '" + fact + "' at " + cite + " in "
                + a.citations().stream().map(c -> c.location().cite() + ": " + c.evidence().text()).toList());
    }

    private static Set<String> answered(PaperReport r) {
        Set<String> out = new TreeSet<>();
        r.answers().stream().filter(PaperAnswer::answered).forEach(a -> out.add(a.question().topic()));
        return out;
    }

    private static Set<String> minus(Set<String> a, Set<String> b) {
        Set<String> out = new TreeSet<>(a);
        out.removeAll(b);
        return out;
    }
}
