package org.symqa.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.symqa.Symqa;
import org.symqa.TestPipeline;
import org.symqa.resources.SourceException;

class RuleCompilerTest {
    private final Symqa symqa = TestPipeline.get();
    private final RuleCompiler compiler = new RuleCompiler(symqa.ruleSet().lexicons());

    private List<Rule> compile(String text) throws SourceException {
        return compiler.compile(BlockFile.parse("rules/evidence/hardware.rules", text), "hardware");
    }

    private String error(String text) {
        return assertThrows(SourceException.class, () -> compile(text)).getMessage();
    }

    @Test
    void compiledRuleKnowsItsIdLocationAndSource() throws Exception {
        Rule r = compile("topic: hardware\n\nrule hardware.x\n  kind: direct\n  has: @hardware-device | \"graphics card\"\n").get(0);
        assertEquals("hardware.x", r.id());
        assertEquals("rules/evidence/hardware.rules:3", r.location());
        assertEquals("rule hardware.x\n  kind: direct\n  has: @hardware-device | \"graphics card\"", r.toString());
        assertEquals("has: @hardware-device | \"graphics card\"", r.conditions().get(0).toString());
    }

    @Test
    void keywordAndFrameRulesMatchSentences() throws Exception {
        List<Rule> rules = compile("topic: hardware\nrule hardware.a\n  kind: direct\n  has: @hardware-device\n  not: price\n"
                + "rule hardware.b\n  kind: direct\n  pattern: [{lemma:train}] []{0,4} @hardware-device\n");
        assertNotNull(rules.get(0).match(symqa.questionView("We used four GPUs.")));
        assertNull(rules.get(0).match(symqa.questionView("The price of GPUs rose.")));
        assertNotNull(rules.get(1).match(symqa.questionView("It was trained on a Tesla V100.")));
        assertNull(rules.get(1).match(symqa.questionView("A Tesla V100 was bought before training.")));
    }

    @Test
    void reportsErrorsWithFileLineAndColumn() {
        assertEquals("rules/evidence/hardware.rules:3:8: unknown lexicon 'gpu-list' (no lexicons/gpu-list.txt)",
                error("topic: hardware\nrule hardware.x\n  has: @gpu-list\n  kind: direct\n"));
        assertEquals("rules/evidence/hardware.rules:3:14: unclosed phrase: missing closing \"",
                error("topic: hardware\nrule hardware.x\n  has: gpu | \"graphics card\n  kind: direct\n"));
        assertEquals("rules/evidence/hardware.rules:3:32: unknown lexicon 'gpus' (no lexicons/gpus.txt)",
                error("topic: hardware\nrule hardware.x\n  pattern: [{lemma:train}] []* @gpus\n  kind: direct\n"));
        assertEquals("rules/evidence/hardware.rules:5:6: duplicate rule id 'hardware.x'",
                error("topic: hardware\nrule hardware.x\n  kind: direct\n  has: gpu\nrule hardware.x\n  kind: direct\n  has: gpu\n"));
        assertEquals("rules/evidence/hardware.rules:3:9: kind must be 'direct' or 'related', got 'strong'",
                error("topic: hardware\nrule hardware.x\n  kind: strong\n  has: gpu\n"));
        assertEquals("rules/evidence/hardware.rules:1:8: file is for topic 'datasets', expected 'hardware'",
                error("topic: datasets\n"));
        assertEquals("rules/evidence/hardware.rules:2:1: unknown header 'topik:' (an evidence rule file's header is "
                + "one 'topic: hardware' line)", error("topic: hardware\ntopik: hardware\n"));
        assertEquals("rules/evidence/hardware.rules:2:1: second 'topic:' header (an evidence rule file's header is "
                + "one 'topic: hardware' line)", error("topic: hardware\ntopic: hardware\n"));
    }

    @Test
    void reportsPatternsThatDoNotParse() {
        String msg = error("topic: hardware\nrule hardware.x\n  kind: direct\n  pattern: [{lemma:train}] (\n");
        assertEquals("rules/evidence/hardware.rules:4:", msg.substring(0, 32));
    }

    @Test
    void reportsRulesWithoutKindOrWithoutAnyMatchingLine() {
        assertEquals("rules/evidence/hardware.rules:2:1: rule hardware.x has no 'kind: direct|related'",
                error("topic: hardware\nrule hardware.x\n  has: gpu\n"));
        assertEquals("rules/evidence/hardware.rules:2:1: rule hardware.x needs 'has:', 'pattern:' or 'frame:'",
                error("topic: hardware\nrule hardware.x\n  kind: direct\n  not: gpu\n"));
    }

    /** A rule with an error in one of its lines gets no extra "missing" errors, which would only repeat it. */
    @Test
    void aRuleWithALineErrorGetsNoFollowUpErrors() throws Exception {
        List<SourceException> errors = new java.util.ArrayList<>();
        compiler.compile(BlockFile.parse("rules/evidence/hardware.rules",
                "topic: hardware\nrule hardware.x\n  has: @gpu-list\nrule hardware.y\n  kind: direct\n  pattern: [] @gpu-list\n"),
                "hardware", errors);
        assertEquals(List.of("rules/evidence/hardware.rules:3:8: unknown lexicon 'gpu-list' (no lexicons/gpu-list.txt)",
                "rules/evidence/hardware.rules:6:15: unknown lexicon 'gpu-list' (no lexicons/gpu-list.txt)"),
                errors.stream().map(Exception::getMessage).toList());
    }

    @Test
    void theTopicHeaderIsFoundAmongOtherHeaderLinesWhichAreReported() throws Exception {
        List<SourceException> errors = new java.util.ArrayList<>();
        List<Rule> rules = compiler.compile(BlockFile.parse("rules/evidence/hardware.rules",
                "note: GPUs and TPUs\ntopic: hardware\nrule hardware.x\n  kind: direct\n  has: gpu\n"), "hardware", errors);
        assertEquals(List.of("rules/evidence/hardware.rules:1:1: unknown header 'note:' (an evidence rule file's header "
                + "is one 'topic: hardware' line)"), errors.stream().map(Exception::getMessage).toList());
        assertEquals(1, rules.size());
    }

    /** Example errors point at the role part after "=>"; macro errors at the macro. */
    @Test
    void reportsBadExamplesAndMacrosWhereTheyAre() {
        assertEquals("rules/evidence/hardware.rules:5:19: expected 'role=value; role=value' after '=>'",
                error("topic: hardware\nrule hardware.x\n  kind: direct\n  has: gpu\n  must: A GPU. => gpu\n"));
        assertEquals("rules/evidence/hardware.rules:4:28: unknown macro '$GPU' (rule patterns define no TokensRegex macros;"
                + " use @lexicon for word lists)",
                error("topic: hardware\nrule hardware.x\n  kind: direct\n  pattern: [{lemma:train}] $GPU\n"));
    }

    /** "fact: frame NAME" names a frame (which must exist); a "frame:" line too. */
    @Test
    void factAndFrameLinesNameKnownFrames() throws Exception {
        assertEquals("rules/evidence/hardware.rules:5:9: unknown frame 'nope' (frames: )",
                error("topic: hardware\nrule hardware.x\n  kind: direct\n  has: gpu\n  fact: frame nope\n"));
        assertEquals("rules/evidence/hardware.rules:4:10: unknown frame 'nope' (frames: )",
                error("topic: hardware\nrule hardware.x\n  kind: direct\n  frame: nope\n"));
        Frame f = new Frame("gpu", List.of(new Frame.Role("device", FramePattern.compile("[{word:GPU}]"), 2)), List.of(),
                List.of(), "rules/frames.rules", 1);
        RuleCompiler withFrames = new RuleCompiler(symqa.ruleSet().lexicons(), java.util.Map.of("gpu", f, "tpu", f));
        Rule r = withFrames.compile(BlockFile.parse("rules/evidence/hardware.rules",
                "topic: hardware\nrule hardware.x\n  kind: direct\n  has: gpu\n  fact: frame gpu\n"), "hardware").get(0);
        assertEquals("fact: frame gpu", r.conditions().get(1).toString());
        Rule items = compile("topic: hardware\nrule hardware.x\n  kind: direct\n  has: gpu\n  fact: @hardware-device | tpu\n")
                .get(0);
        assertEquals(List.of("has: gpu", "fact: @hardware-device | tpu"),
                items.conditions().stream().map(Object::toString).toList());
        assertTrue(items.conditions().get(1) instanceof FactLine f1 && f1.items() != null);
        assertEquals("rules/evidence/hardware.rules:4:10: unknown frame 'nope' (frames: gpu, tpu)",
                assertThrows(SourceException.class, () -> withFrames.compile(BlockFile.parse("rules/evidence/hardware.rules",
                        "topic: hardware\nrule hardware.x\n  kind: direct\n  frame: nope\n"), "hardware")).getMessage());
    }

    /** A pattern error points at the column where TokensRegex stopped, unless @lexicon or #NUM expansion moved it. */
    @Test
    void patternErrorsPointWhereTheParserStopped() {
        assertEquals("rules/evidence/hardware.rules:4:36: pattern does not parse: Error when parsing [{lemma:train}] [{word:a}}]:"
                + " Encountered \" \"}}\" \"}} \"\" at line 1, column 25.",
                error("topic: hardware\nrule hardware.x\n  kind: direct\n  pattern: [{lemma:train}] [{word:a}}]\n"));
        assertEquals("rules/evidence/hardware.rules:4:12:",
                error("topic: hardware\nrule hardware.x\n  kind: direct\n  pattern: #NUM [{word:a}}]\n").substring(0, 35));
        assertEquals("rules/evidence/hardware.rules:4:12:",
                error("topic: hardware\nrule hardware.x\n  kind: direct\n  pattern: @hardware-device [{word:a}}]\n")
                        .substring(0, 35));
    }
}
