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
        assertEquals("20 files, 1 rule, 0 problems (rules: " + f.rules + ", lexicons: " + f.lexicons + ")\n",
                r.out().replace("\r", ""));
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
                        + "21 files, 0 rules, 2 problems (rules: " + rules + ", lexicons: " + lexicons + ")\n",
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
    void rulesWithoutSubcommandShowsUsageAndExitsTwo() {
        MainTest.Run r = MainTest.run("rules");
        assertEquals(2, r.code());
        assertEquals("", r.out());
        assertTrue(r.err().startsWith("Usage: symqa rules") && r.err().contains("check") && r.err().contains("doc"), r.err());
    }

    @Test
    void checkWithoutAFolderChecksTheEmbeddedRulesAndSaysSo() {
        MainTest.Run r = MainTest.run("rules", "check");
        assertEquals(0, r.code(), r.out() + r.err());
        assertTrue(r.out().endsWith(" 0 problems (rules: embedded, lexicons: embedded)\n"), r.out());
        // tests run in the checkout, where ./rules exists: the note names the trap
        assertEquals("symqa rules check: note: using the rules embedded in the jar, not ./rules (for those: "
                + "symqa rules check rules)\n", r.err());
    }

    @Test
    void aRulesFolderTakesTheLexiconsBesideIt() throws Exception {
        RuleFixture f = new RuleFixture(dir).lexicon("spare", "word\n");
        MainTest.Run r = MainTest.run("rules", "check", f.rules.toString());
        assertEquals(1, r.code(), r.out() + r.err());
        assertTrue(r.out().startsWith(f.lexicons + "/spare.txt:1:1: lexicon 'spare' is used by no rule"), r.out());
        assertTrue(r.out().endsWith("(rules: " + f.rules + ", lexicons: " + f.lexicons + ")\n"), r.out());
    }
}
