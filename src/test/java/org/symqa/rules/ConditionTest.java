package org.symqa.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.symqa.Symqa;
import org.symqa.TestPipeline;

/** Each rule line owns its test, prefilter, diagnosis, lexicons and text. */
class ConditionTest {
    private final Symqa symqa = TestPipeline.get();

    private Rule rule(String body) throws Exception {
        RuleCompiler compiler = new RuleCompiler(symqa.ruleSet().lexicons());
        return compiler.compile(BlockFile.parse("rules/evidence/hardware.rules",
                "topic: hardware\n\nrule hardware.x\n  kind: direct\n" + body), "hardware").get(0);
    }

    @Test
    void linesPrintAsWrittenAndKnowTheirLexicons() throws Exception {
        Rule r = rule("  has: @hardware-device |  \"graphics card\"\n  not: future | @reference-marker\n");
        assertEquals("has: @hardware-device |  \"graphics card\"", r.conditions().get(0).toString());
        assertEquals("not: future | @reference-marker", r.conditions().get(1).toString());
        assertEquals(Set.of("hardware-device"), r.conditions().get(0).lexicons());
        assertEquals(List.of("hardware-device", "reference-marker"), List.copyOf(r.lexicons()));
    }

    @Test
    void notLineBlocksAndPutsNoConditionOnUntaggedSentences() throws Exception {
        Rule r = rule("  has: gpu\n  not: future\n");
        Condition not = r.conditions().get(1);
        assertSame(Prefilter.Always.INSTANCE, not.prefilter());
        SentenceView blocked = symqa.questionView("In future we will use a GPU.");
        assertFalse(not.test(blocked).holds());
        assertNull(r.match(blocked));
        Condition.Check check = not.check(blocked);
        assertFalse(check.held());
        assertEquals("not: future (blocked by 'future')", check.note());
        SentenceView plain = symqa.questionView("We used a GPU.");
        assertTrue(not.test(plain).holds());
        assertEquals(0.5, not.check(plain).score());
    }

    @Test
    void factsComeFromThePatternElseTheFirstHasLine() throws Exception {
        SentenceView s = symqa.questionView("All models were trained on two NVIDIA GPUs.");
        Rule plain = rule("  has: train\n  has: @hardware-device\n");
        RuleMatch m = plain.match(s);
        assertEquals("trained", s.words(m.facts().get(0).span()));
        Rule framed = rule("  has: train\n  pattern: [{lemma:train}] []{0,4} @hardware-device\n");
        assertTrue(framed.factLine() instanceof PatternLine);
        assertTrue(framed.match(s).facts().stream().map(x -> s.words(x.span())).anyMatch(w -> w.contains("GPUs")),
                framed.match(s).facts().toString());
    }

    @Test
    void hasLineDiagnosisNamesTheWordsFound() throws Exception {
        Rule r = rule("  has: gpu | tpu\n");
        assertEquals("has: gpu | tpu ('GPU')", r.conditions().get(0).check(symqa.questionView("A GPU was used.")).note());
        assertEquals("has: gpu | tpu (none found)", r.conditions().get(0).check(symqa.questionView("Nothing.")).note());
    }

    @Test
    void aWrittenLineNeedsAKeyAndAValue() {
        assertEquals("unless", new Condition.Written("unless", "").key());
        assertEquals("a rule line needs a key: ' '",
                assertThrows(IllegalArgumentException.class, () -> new Condition.Written(" ", "we")).getMessage());
        assertThrows(IllegalArgumentException.class, () -> new Condition.Written(null, "we"));
        assertThrows(NullPointerException.class, () -> new Condition.Written("not", null));
    }
}
