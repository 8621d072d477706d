package org.symqa.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Rule and frame examples run on hand-tagged sentences (the example text is "word/lemma ..."): each failing must:,
 * missing role and matching must-not: is reported at its example's line, must: examples first.
 */
class ExampleCheckTest {
    private static final ExampleCheck CHECK = new ExampleCheck(Tagged::view);

    private static Rule rule(List<Example> must, List<Example> mustNot) {
        return new Rule("t.x", "t", RuleKind.DIRECT, "rules/evidence/t.rules", 3,
                List.of(new PatternLine(FramePattern.compile("[{word:on}] (?$v [{lemma:gpu}])"))), must, mustNot, "rule t.x");
    }

    @Test
    void passingExamplesReportNothing() {
        Rule r = rule(List.of(new Example("on GPUs/gpu", 4)), List.of(new Example("on CPUs", 5)));
        assertEquals(List.of(), CHECK.check(r));
    }

    @Test
    void eachFailingExampleIsReportedAtItsLineMustFirst() {
        Rule r = rule(List.of(new Example("on CPUs", 4), new Example("on GPUs/gpu", 5)),
                List.of(new Example("on two/gpu", 6), new Example("off GPUs/gpu", 7)));
        assertEquals(List.of("rules/evidence/t.rules:4: rule t.x does not match its must: example",
                "rules/evidence/t.rules:6: rule t.x matches its must-not: example"), CHECK.check(r));
    }

    @Test
    void frameExamplesNeedTheAnchorAndTheirRolesAndNoMatchInMustNot() {
        Frame f = new Frame("dev", List.of(new Frame.Role("device", FramePattern.compile("[{lemma:gpu}]"), 2),
                new Frame.Role("count", FramePattern.compile("[{word:/\\d+/}]"), 3)),
                List.of(Example.parse("2 GPUs/gpu => device=GPUs; count=2", 4), Example.parse("two CPUs", 5),
                        Example.parse("one GPU/gpu => count=1", 6)),
                List.of(new Example("no CPU", 7), new Example("a GPU/gpu", 8)), "rules/frames.rules", 1);
        assertEquals(List.of("rules/frames.rules:5: frame dev finds no device in its must: example",
                "rules/frames.rules:6: frame dev does not find count=1 (got none)",
                "rules/frames.rules:8: frame dev holds in its must-not: example"),
                CHECK.failures(f).stream().map(ExampleCheck.Failure::toString).toList());
    }
}
