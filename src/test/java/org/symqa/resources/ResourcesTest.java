package org.symqa.resources;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where rule and lexicon files come from (a folder, the jar), key-value files, and the digest of files read. */
class ResourcesTest {
    @Test
    void aFolderReadsStrictUtf8AndListsItsFilesInNameOrder(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("evidence"));
        Files.writeString(dir.resolve("evidence/b.rules"), "b");
        Files.writeString(dir.resolve("evidence/a.rules"), "a");
        Files.writeString(dir.resolve("top.txt"), "caf\u00e9");
        Files.write(dir.resolve("bad.txt"), new byte[] {'a', (byte) 0xC3});
        ResourceSource s = ResourceSource.directory(dir, "rules");
        assertEquals(Optional.of("caf\u00e9"), s.read("top.txt"));
        assertEquals(Optional.empty(), s.read("missing.txt"));
        assertEquals("rules/evidence/a.rules", s.describe("evidence/a.rules"));
        assertEquals(List.of("evidence/a.rules", "evidence/b.rules"), s.list("evidence"));
        assertEquals(List.of("bad.txt", "top.txt"), s.list(""));
        assertEquals(List.of(), s.list("nothing"));
        assertEquals("rules/bad.txt: not valid UTF-8", assertThrows(IOException.class, () -> s.read("bad.txt")).getMessage());
        assertEquals(dir.toString(), s.origin());
    }

    @Test
    void theEmbeddedRulesAreReadFromTheClassPath() throws Exception {
        ResourceSource s = ResourceSource.embedded("rules");
        assertTrue(s.read("topics.rules").orElseThrow().contains("topic hardware"));
        assertEquals(Optional.empty(), s.read("no-such-file.txt"));
        assertEquals("rules/topics.rules", s.describe("topics.rules"));
        assertTrue(s.list("evidence").contains("evidence/hardware.rules"), s.list("evidence").toString());
        assertEquals("embedded", s.origin());
        assertEquals("embedded rules", s.toString());
        assertEquals(List.of(), ResourceSource.embedded("no-such-folder").list(""));
    }

    @Test
    void aKeyValueFileKeepsLinesAndSkipsCommentsAndBlanks() throws Exception {
        KeyValueFile f = KeyValueFile.parse("answers.txt", "# comment\n\nanswered: ${found}: x\n  max: 6  \nanswered: again\n");
        // the column is where the value starts on its line, indent included
        assertEquals(List.of(new KeyValueFile.Entry("answered", "${found}: x", 3, 11),
                new KeyValueFile.Entry("max", "6", 4, 8), new KeyValueFile.Entry("answered", "again", 5, 11)), f.entries());
        assertEquals("${found}: x", f.find("answered").orElseThrow().value(), "the first entry of a key counts");
        assertEquals(Optional.empty(), f.find("nope"));
        assertEquals("answers.txt:1:1: missing entry 'nope'",
                assertThrows(SourceException.class, () -> f.require("nope")).getMessage());
        assertEquals("answers.txt", f.name());
        assertEquals("x.txt:2:1: expected 'key: value'",
                assertThrows(SourceException.class, () -> KeyValueFile.parse("x.txt", "a: 1\nno colon\n")).getMessage());
        assertEquals("x.txt:1:1: expected 'key: value'",
                assertThrows(SourceException.class, () -> KeyValueFile.parse("x.txt", ": value\n")).getMessage());
    }

    @Test
    void aRecordingSourceRemembersWhatWasReadAndItsDigestIsStable() throws Exception {
        Map<String, String> read = new TreeMap<>();
        RecordingSource s = new RecordingSource(new MapSource("rules", Map.of("a.txt", "A", "b.txt", "B")), read);
        s.read("a.txt");
        s.read("missing.txt");
        assertEquals(Map.of("rules/a.txt", "A"), read);
        assertEquals("memory", s.origin());
        String digest = RecordingSource.digest(read);
        assertTrue(digest.matches("sha256:[0-9a-f]{64}"), digest);
        assertEquals(digest, RecordingSource.digest(new TreeMap<>(Map.of("rules/a.txt", "A"))));
        assertNotEquals(digest, RecordingSource.digest(Map.of("rules/a.txt", "a")));
        assertNotEquals(RecordingSource.digest(Map.of("ab", "c")), RecordingSource.digest(Map.of("a", "bc")),
                "names and texts are kept apart");
        assertEquals(List.of("a.txt", "b.txt"), s.list(""));
        assertEquals("rules/b.txt", s.describe("b.txt"));
    }

    @Test
    void aSourceErrorNamesFileLineAndColumn() {
        SourceException e = new SourceException("rules/x.rules", 3, 7, "unknown lexicon");
        assertEquals("rules/x.rules:3:7: unknown lexicon", e.getMessage());
        assertEquals(List.of("rules/x.rules", 3, 7, "unknown lexicon"), List.of(e.file(), e.line(), e.column(), e.detail()));
    }
}
