package org.symqa.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.symqa.check.RuleFixture;

/** {@code symqa rules check|doc} on the command line: output, summary line and exit codes. */
class RulesCommandTest {
    @TempDir
    Path dir;

    @Test
    void checkPrintsASummaryAndExitsZeroWhenAllIsWell() throws Exception {
        RuleFixture f = new RuleFixture(dir);
        MainTest.Run r = MainTest.run("rules", "check", f.rules.toString());
        assertEquals(0, r.code(), r.out() + r.err());
        assertEquals("20 files, 1 rule, 0 problems\n", r.out().replace("\r", ""));
    }

    @Test
    void checkPrintsEveryProblemAndExitsOne() throws Exception {
        RuleFixture f = new RuleFixture(dir).rule("evidence/hardware.rules",
                "topic: hardware\nrule hardware.x\n  kind: direct\n  has: @gpus\n  must: A GPU.\n")
                .lexicon("spare", "word\n");
        MainTest.Run r = MainTest.run("rules", "check", f.rules.toString(), "--lexicons", f.lexicons.toString());
        assertEquals(1, r.code(), r.out() + r.err());
        String rules = f.rules.toString();
        String lexicons = f.lexicons.toString();
        assertEquals(lexicons + "/spare.txt:1:1: lexicon 'spare' is used by no rule, topic or setting\n"
                        + rules + "/evidence/hardware.rules:4:8: unknown lexicon 'gpus' (no lexicons/gpus.txt)\n"
                        + "21 files, 0 rules, 2 problems\n",
                r.out().replace("\r", ""));
    }

    @Test
    void docWritesTheCatalogue() throws Exception {
        RuleFixture f = new RuleFixture(dir);
        Path out = dir.resolve("rules.md");
        MainTest.Run r = MainTest.run("rules", "doc", f.rules.toString(), "-o", out.toString());
        assertEquals(0, r.code(), r.err());
        String doc = Files.readString(out);
        assertTrue(doc.startsWith("# Rule catalogue\n"), doc);
        assertTrue(doc.contains("#### hardware.device\n\n- kind: direct, `rules/evidence/hardware.rules:3`\n"), doc);
    }

    @Test
    void rulesWithoutSubcommandShowsUsage() {
        MainTest.Run r = MainTest.run("rules");
        assertEquals(0, r.code());
        assertTrue(r.out().contains("check") && r.out().contains("doc"), r.out());
    }
}
