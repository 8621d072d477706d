package org.symqa.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The README's launcher table ("On a small server": the JVM settings {@code bin/symqa} uses for each command) says
 * what the script does: every command of the table gets from the script's {@code case} exactly the flags the table
 * lists, and every branch of the {@code case} is in the table. Both files are read from the repository.
 */
class LauncherTableTest {
    private static final Path README = Path.of("README.md");
    private static final Path LAUNCHER = Path.of("bin", "symqa");
    /** The table's heading, and the header row that opens the table under it. */
    private static final String SECTION = "### On a small server";
    private static final String HEADER = "| command | settings | why |";
    /** A branch of the launcher's case: {@code batch) defaults="-Xmx256m ..." ;;}. */
    private static final Pattern BRANCH = Pattern.compile("^\\s*([^()\"]+)\\)\\s*defaults=\"([^\"]*)\"\\s*;;\\s*$");
    private static final Pattern CODE = Pattern.compile("`([^`]*)`");

    /** The JVM flags of each branch of the launcher's case, by its patterns ({@code *} for the others). */
    static Map<List<String>, Set<String>> launcherBranches(String script) {
        Map<List<String>, Set<String>> out = new LinkedHashMap<>();
        for (String line : script.split("\n")) {
            Matcher m = BRANCH.matcher(line);
            if (m.matches()) {
                List<String> patterns = new ArrayList<>();
                for (String p : m.group(1).split("\\|")) {
                    patterns.add(p.trim());
                }
                out.put(patterns, words(m.group(2)));
            }
        }
        return out;
    }

    /** The flags the README's launcher table gives each command ("help" included), in table order. */
    static Map<String, Set<String>> readmeTable(String readme) {
        int section = readme.indexOf("\n" + SECTION + "\n");
        if (section < 0) {
            throw new IllegalStateException("README.md has no '" + SECTION + "' section");
        }
        String[] lines = readme.substring(section + 1).split("\n");
        int i = 0;
        while (i < lines.length && !lines[i].equals(HEADER)) {
            if (i > 0 && lines[i].startsWith("#")) {
                throw new IllegalStateException("no launcher table under '" + SECTION + "'");
            }
            i++;
        }
        Map<String, Set<String>> out = new LinkedHashMap<>();
        for (i += 2; i < lines.length && lines[i].startsWith("|"); i++) {
            String[] cells = lines[i].split("\\s\\|\\s");
            String commands = cells[0].substring(1).trim();
            Set<String> flags = new LinkedHashSet<>();
            Matcher code = CODE.matcher(cells[1]);
            while (code.find()) {
                flags.addAll(words(code.group(1)));
            }
            for (String command : commands.split(",")) {
                out.put(command.trim().replace("`", ""), flags);
            }
        }
        return out;
    }

    /**
     * What differs between table and script, one line each; empty when they agree. A command of the table takes the
     * branch whose patterns name it, else the {@code *} branch.
     */
    static List<String> differences(Map<String, Set<String>> table, Map<List<String>, Set<String>> branches) {
        List<String> out = new ArrayList<>();
        Set<List<String>> used = new LinkedHashSet<>();
        for (Map.Entry<String, Set<String>> row : table.entrySet()) {
            List<String> branch = branches.keySet().stream().filter(p -> p.contains(row.getKey())).findFirst()
                    .orElse(branches.keySet().stream().filter(p -> p.contains("*")).findFirst().orElse(null));
            if (branch == null) {
                out.add(row.getKey() + ": no branch of bin/symqa's case takes it");
                continue;
            }
            used.add(branch);
            Set<String> script = branches.get(branch);
            Set<String> onlyTable = new TreeSet<>(row.getValue());
            onlyTable.removeAll(script);
            Set<String> onlyScript = new TreeSet<>(script);
            onlyScript.removeAll(row.getValue());
            if (!onlyTable.isEmpty()) {
                out.add(row.getKey() + ": README lists " + onlyTable + ", bin/symqa (" + String.join(" | ", branch)
                        + ") does not set them");
            }
            if (!onlyScript.isEmpty()) {
                out.add(row.getKey() + ": bin/symqa (" + String.join(" | ", branch) + ") sets " + onlyScript
                        + ", the README does not list them");
            }
        }
        for (List<String> branch : branches.keySet()) {
            for (String p : branch) {
                if (!p.equals("*") && !table.containsKey(p)) {
                    out.add(p + ": bin/symqa has a branch for it, the README's table has no row");
                }
            }
            if (!used.contains(branch) && branch.contains("*")) {
                out.add("*: bin/symqa's default branch is named by no row of the README's table");
            }
        }
        return out;
    }

    private static Set<String> words(String text) {
        Set<String> out = new LinkedHashSet<>();
        for (String w : text.trim().split("\\s+")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    @Test
    void theReadmesLauncherTableIsWhatTheLauncherSets() throws IOException {
        Map<String, Set<String>> table = readmeTable(Files.readString(README, StandardCharsets.UTF_8));
        Map<List<String>, Set<String>> branches = launcherBranches(Files.readString(LAUNCHER, StandardCharsets.UTF_8));
        assertTrue(table.keySet().containsAll(List.of("answer", "batch", "eval", "paper", "serve")),
                "the table's commands: " + table.keySet());
        assertTrue(branches.size() >= 4, "the launcher's branches: " + branches);
        assertEquals(List.of(), differences(table, branches));
    }

    @Test
    void aFlagOnOneSideOnlyIsADifference() {
        Map<List<String>, Set<String>> branches = launcherBranches("""
                case "${1:-}" in
                    batch) defaults="-Xmx256m -XX:+UseParallelGC" ;;
                    *) defaults="-Xmx256m -XX:+UseSerialGC" ;;
                esac
                """);
        String readme = "intro\n\n" + SECTION + "\n\ntext\n\n" + HEADER + "\n|---|---|---|\n"
                + "| `answer`, help | `-Xmx256m -XX:+UseSerialGC` | small |\n"
                + "| `batch` | `-Xmx256m -XX:+UseParallelGC -XX:TieredStopAtLevel=1` | fast |\n\nafter\n";
        assertEquals(List.of("batch: README lists [-XX:TieredStopAtLevel=1], bin/symqa (batch) does not set them"),
                differences(readmeTable(readme), branches));
        assertEquals(List.of("batch: bin/symqa (batch) sets [-XX:+UseParallelGC], the README does not list them"),
                differences(readmeTable(readme.replace(" -XX:+UseParallelGC -XX:TieredStopAtLevel=1", "")), branches));
        assertTrue(differences(readmeTable(readme.replace("| `batch` |", "| `eval` |")), branches)
                .contains("batch: bin/symqa has a branch for it, the README's table has no row"));
        String batchOnly = readme.replace("| `answer`, help | `-Xmx256m -XX:+UseSerialGC` | small |\n", "")
                .replace(" -XX:TieredStopAtLevel=1", "");
        assertEquals(List.of("*: bin/symqa's default branch is named by no row of the README's table"),
                differences(readmeTable(batchOnly), branches));
        assertEquals(List.of(), differences(readmeTable(readme.replace(" -XX:TieredStopAtLevel=1", "")), branches));
        assertThrows(IllegalStateException.class, () -> readmeTable("no such section"));
    }
}
