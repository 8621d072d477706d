package org.symqa.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.symqa.TestPipeline;

/** {@code symqa rules check}: every problem of deliberately broken rule files, each at its file:line:col. */
class RuleCheckerTest {
    @TempDir
    Path dir;

    private String check(RuleFixture f) {
        CheckReport r = new RuleChecker(TestPipeline.annotator()).check(f.rulesSource(), f.lexiconSource());
        return r.problems().stream().map(Problem::toString).collect(Collectors.joining("\n")) + "\n" + r.summary();
    }

    @Test
    void aCleanRuleSetHasNoProblem() throws Exception {
        assertEquals("\n20 files, 1 rule, 0 problems", check(new RuleFixture(dir)));
    }

    @Test
    void reportsEveryProblemNotOnlyTheFirst() throws Exception {
        RuleFixture f = new RuleFixture(dir).rule("evidence/hardware.rules", """
                topic: hardware

                rule hardware.device
                  kind: direct
                  has: @hardware-device
                  must: We trained on a Tesla V100.
                  must-not: We bought a new GPU for the lab.

                rule hardware.phrase
                  kind: direct
                  has: gpu | "graphics card
                  must: A graphics card was used.

                rule hardware.regex
                  kind: related
                  has: /V100
                  must: A V100.

                rule hardware.device
                  kind: related
                  has: gpu
                  must: A GPU.

                rule hardware.lexicons
                  kind: related
                  has: @gpu-list | card | @cpu-list
                  pattern: [{lemma:train}] $FOO @tpus
                  must: Trained on a TPU.

                rule hardware.time
                  kind: related
                  has: hours
                  must: Training took a week.

                rule hardware.untested
                  kind: related
                  has: minutes
                """)
                .lexicon("hardware-device", "# devices\nGPU\nTesla V100\n  gpu\n")
                .lexicon("unused-words", "foo\n");
        assertEquals("""
                lexicons/hardware-device.txt:4:3: duplicate term 'gpu' (same as line 2)
                lexicons/unused-words.txt:1:1: lexicon 'unused-words' is used by no rule, topic or setting
                rules/evidence/hardware.rules:7:13: rule hardware.device matches its must-not: example
                rules/evidence/hardware.rules:11:14: unclosed phrase: missing closing "
                rules/evidence/hardware.rules:16:8: unclosed pattern: missing closing /
                rules/evidence/hardware.rules:19:6: duplicate rule id 'hardware.device'
                rules/evidence/hardware.rules:26:8: unknown lexicon 'gpu-list' (no lexicons/gpu-list.txt)
                rules/evidence/hardware.rules:26:27: unknown lexicon 'cpu-list' (no lexicons/cpu-list.txt)
                rules/evidence/hardware.rules:27:28: unknown macro '$FOO' (rule patterns define no TokensRegex macros; use @lexicon for word lists)
                rules/evidence/hardware.rules:27:33: unknown lexicon 'tpus' (no lexicons/tpus.txt)
                rules/evidence/hardware.rules:33:9: rule hardware.time does not match its must: example
                rules/evidence/hardware.rules:35:1: rule hardware.untested has no must: example
                21 files, 3 rules, 12 problems""", check(f));
    }

    @Test
    void reportsSyntaxErrorsDuplicateTopicsAndStrayRuleFiles() throws Exception {
        RuleFixture f = new RuleFixture(dir).rule("topics.rules", RuleFixture.TOPIC_HEADER + """
                topic hardware
                  cq: twenty
                  missing: which hardware was used
                  found: Hardware named in the context
                  key: gpu | @hardware-device
                  must: Which GPU did they train on?

                topic hardware
                  missing: which hardware was used
                  found: Hardware named in the context

                topic general
                  missing: what the question asks
                  found: The context says
                """)
                .rule("evidence/hardware.rules", """
                topic: hardware
                rule
                  kind: direct
                rule hardware.device
                  kind: direct
                  colour blue
                  has: @hardware-device
                  must: We trained on a Tesla V100.
                """)
                .rule("evidence/tpu.rules", "topic: tpu\n");
        assertEquals("""
                rules/evidence/hardware.rules:2:1: expected 'WORD NAME' to open a block, got 'rule'
                rules/evidence/hardware.rules:6:3: expected 'key: value'
                rules/evidence/tpu.rules:1:1: no 'topic tpu' in rules/topics.rules, so this file is never loaded
                rules/topics.rules:10:7: cq is not a number: twenty
                rules/topics.rules:16:7: duplicate topic id 'hardware'
                21 files, 1 rule, 5 problems""", check(f));
    }
}
