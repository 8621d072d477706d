package org.symqa.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The papers {@code symqa paper} finds in its arguments, their UIDs, and its summary line; no paper is read. */
class PaperInputsTest {
    private static Path touch(Path file) throws Exception {
        Files.createDirectories(file.getParent());
        return Files.writeString(file, "x");
    }

    private static List<String> uids(List<PaperInputs.Input> inputs) {
        return inputs.stream().map(PaperInputs.Input::uid).toList();
    }

    @Test
    void aFolderIsSearchedForPdfAndTextFilesOnlyInPathOrder(@TempDir Path dir) throws Exception {
        touch(dir.resolve("b.pdf"));
        touch(dir.resolve("a.TXT"));
        touch(dir.resolve("notes.md"));
        touch(dir.resolve("c.text"));
        touch(dir.resolve(".hidden.pdf"));
        touch(dir.resolve("sub/d.pdf"));
        List<PaperInputs.Input> in = PaperInputs.expand(List.of(dir));
        assertEquals(List.of(dir.resolve("a.TXT"), dir.resolve("b.pdf"), dir.resolve("sub/d.pdf")),
                in.stream().map(PaperInputs.Input::path).toList());
        assertEquals(List.of("a", "b", "sub/d"), uids(in));
    }

    @Test
    void aFileNamedDirectlyMayBeMarkdown(@TempDir Path dir) throws Exception {
        Path md = touch(dir.resolve("notes.md"));
        List<PaperInputs.Input> in = PaperInputs.expand(List.of(md));
        assertEquals(List.of("notes"), uids(in));
        assertEquals(null, in.get(0).problem());
    }

    @Test
    void sameNamesInDifferentFoldersGetTheirRelativePaths(@TempDir Path dir) throws Exception {
        touch(dir.resolve("2020/paper.pdf"));
        touch(dir.resolve("2021/paper.pdf"));
        assertEquals(List.of("2020/paper", "2021/paper"), uids(PaperInputs.expand(List.of(dir))));
    }

    @Test
    void sameStemKeepsTheExtensionThenThePathAsGivenThenANumber(@TempDir Path dir) throws Exception {
        touch(dir.resolve("x/paper.pdf"));
        touch(dir.resolve("x/paper.txt"));
        Path y = touch(dir.resolve("y/paper.pdf")).getParent();
        Path x = dir.resolve("x");
        assertEquals(List.of(x.resolve("paper.pdf").toString(), "paper.txt", y.resolve("paper.pdf").toString()),
                uids(PaperInputs.expand(List.of(x, y))));
        Path one = x.resolve("paper.txt");
        assertEquals(List.of(one.toString(), one + "#2"), uids(PaperInputs.expand(List.of(one, one))));
        assertEquals(List.of("paper"), uids(PaperInputs.expand(List.of(one))));
    }

    @Test
    void problemsAreNamedAndKeepTheirPlace(@TempDir Path dir) throws Exception {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        List<PaperInputs.Input> in = PaperInputs.expand(List.of(empty, dir.resolve("missing.pdf")));
        assertEquals("no .pdf or .txt files in this folder", in.get(0).problem());
        assertEquals("no such file", in.get(1).problem());
        assertEquals(List.of("empty", "missing"), uids(in));
    }

    @Test
    void theSummaryCountsInSingularAndPlural() {
        assertEquals("1 paper: 1 answered file, 0 failed", PaperCommand.summary(1, 0));
        assertEquals("1 paper: 0 answered files, 1 failed", PaperCommand.summary(1, 1));
        assertEquals("2 papers: 1 answered file, 1 failed", PaperCommand.summary(2, 1));
        assertEquals("20 papers: 18 answered files, 2 failed", PaperCommand.summary(20, 2));
    }
}
