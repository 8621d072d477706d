package org.symqa.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.symqa.Symqa;
import org.symqa.TestPipeline;
import org.symqa.nlp.Annotator;
import org.symqa.nlp.Sentence;
import org.symqa.resources.SourceException;

/** An {@code unless:} line waives the {@code not:} line right above it, and no other line. */
class UnlessLineTest {
    private static final String FILE = "rules/evidence/hardware.rules";
    private final Symqa symqa = TestPipeline.get();
    private final RuleCompiler compiler = new RuleCompiler(symqa.ruleSet().lexicons());

    private Rule rule(String body) throws SourceException {
        return compiler.compile(BlockFile.parse(FILE, "topic: hardware\n\nrule hardware.x\n  kind: direct\n" + body),
                "hardware").get(0);
    }

    private String error(String body) {
        return assertThrows(SourceException.class, () -> rule(body)).getMessage();
    }

    private boolean matches(Rule r, String sentence) {
        return r.match(symqa.questionView(sentence)) != null;
    }

    @Test
    void waivesOnlyItsOwnNotLine() throws Exception {
        Rule r = rule("  has: gpu\n  not: future\n  not: may\n  unless: we | our\n");
        assertTrue(matches(r, "A GPU was used."));
        assertFalse(matches(r, "A GPU may be used."), "the not: line blocks when no unless: item stands");
        assertTrue(matches(r, "We may use a GPU."), "an unless: item waives the not: line above it");
        assertTrue(matches(r, "Our GPU may be slow."));
        assertFalse(matches(r, "In future we will use a GPU."), "it waives no other not: line");
        assertFalse(matches(r, "We used no computer."), "nor a has: line");
    }

    @Test
    void standsInThePlaceOfItsNotLineAndPrintsBothLines() throws Exception {
        Rule r = rule("  has: gpu\n  not: may | @future-cue\n  unless:  we | @own-work-cue\n  not: price\n");
        assertEquals(List.of("has", "unless", "not"), r.conditions().stream().map(Condition::key).toList());
        UnlessLine unless = assertInstanceOf(UnlessLine.class, r.conditions().get(1));
        assertEquals("not: may | @future-cue", unless.waived().toString());
        assertEquals("not: may | @future-cue\nunless: we | @own-work-cue", unless.toString());
        assertEquals(List.of(new Condition.Written("not", "may | @future-cue"),
                new Condition.Written("unless", "we | @own-work-cue")), unless.written());
        assertEquals(List.of(new Condition.Written("not", "price")), r.conditions().get(2).written());
        assertEquals(List.of("future-cue", "own-work-cue"), List.copyOf(unless.lexicons()));
        assertEquals(List.of("future-cue", "own-work-cue"), List.copyOf(r.lexicons()));
    }

    @Test
    void needsTheNotLineItWaives() {
        assertThrows(NullPointerException.class, () -> new UnlessLine(null, new AnyOf(List.of(new Item.Lemma("we"))), "we"));
    }

    @Test
    void diagnosisSaysWhatBlockedAndWhatWaived() throws Exception {
        Condition c = rule("  has: gpu\n  not: may\n  unless: we\n").conditions().get(1);
        Condition.Check waived = c.check(symqa.questionView("We may use a GPU."));
        assertTrue(waived.held());
        assertEquals(0.5, waived.score());
        assertEquals("not: may (blocked by 'may', waived by unless: we ('We'))", waived.note());
        Condition.Check blocked = c.check(symqa.questionView("A GPU may be used."));
        assertFalse(blocked.held());
        assertEquals(0, blocked.score());
        assertEquals("not: may (blocked by 'may'; unless: we (none found))", blocked.note());
        Condition.Check free = c.check(symqa.questionView("We used a GPU."));
        assertTrue(free.held());
        assertEquals(0.5, free.score());
        assertNull(free.note());
    }

    @Test
    void putsNoConditionOnUntaggedSentences() throws Exception {
        Rule r = rule("  has: gpu\n  not: may\n  unless: we\n");
        assertSame(Prefilter.Always.INSTANCE, r.conditions().get(1).prefilter());
        Annotator a = TestPipeline.annotator();
        Sentence split = a.split("We may use a GPU.").get(0);
        assertNotNull(r.match(symqa.view(a.tag(split))));
        assertTrue(r.prefilter().mayMatch(symqa.candidateView(split)));
    }

    @Test
    void reportsAnUnlessLineThatWaivesNoNotLine() {
        assertEquals(FILE + ":6:3: 'unless:' must come right after the 'not:' line it waives (the line above is "
                + "'has:')", error("  has: gpu\n  unless: we\n"));
        assertEquals(FILE + ":4:3: 'unless:' must come right after the 'not:' line it waives (it is the first line of its "
                + "block)", compileError("rule hardware.x\n  unless: we\n  kind: direct\n  has: gpu\n"));
        assertEquals(FILE + ":8:3: 'unless:' must come right after the 'not:' line it waives (a not: line takes one "
                + "unless: line; join its items with |)", error("  has: gpu\n  not: may\n  unless: we\n  unless: our\n"));
        assertEquals(FILE + ":8:3: 'unless:' must come right after the 'not:' line it waives (the line above is "
                + "'must:')", error("  has: gpu\n  not: may\n  must: A GPU.\n  unless: we\n"));
        assertEquals(FILE + ":7:11: unknown lexicon 'us-words' (no lexicons/us-words.txt)",
                error("  has: gpu\n  not: may\n  unless: @us-words\n"));
    }

    @Test
    void aNotLineWithAnErrorGivesItsUnlessLineNoErrorOfItsOwn() {
        List<SourceException> errors = new ArrayList<>();
        compiler.compile(BlockFile.parse(FILE, "topic: hardware\nrule hardware.x\n  kind: direct\n  has: gpu\n"
                + "  not: @no-such-list\n  unless: we\n", errors), "hardware", errors);
        assertEquals(List.of(FILE + ":5:8: unknown lexicon 'no-such-list' (no lexicons/no-such-list.txt)"),
                errors.stream().map(SourceException::getMessage).toList());
    }

    private String compileError(String block) {
        return assertThrows(SourceException.class, () -> compiler.compile(BlockFile.parse(FILE, "topic: hardware\n\n"
                + block), "hardware")).getMessage();
    }

    /**
     * The model-type rules with {@code unless:} lines match, with the same facts, exactly the sentences that the
     * rule and its {@code -own} twin matched before: the twin repeated every line, asked for an own-work cue instead
     * of a usage cue and had no year and modal line.
     */
    @Test
    void modelTypeRulesMatchWhatTheyAndTheirFormerTwinsMatched() throws Exception {
        String named = "@dl-named-architecture | /.*CNN.*/ | /.*LSTM.*/ | /.*RNN.*/ | /.*GRU.*/ | "
                + "/(?=[-A-Za-z0-9]++$)(?!ImageNet)[a-z]*+[A-Z0-9][A-Za-z0-9]*-?Net[-A-Za-z0-9]*+/";
        String cited = "@boilerplate | @reference-marker | @future-cue";
        String year = "/[12][09][0-9][0-9][a-z]?/ | should | could | might | may";
        List<Rule> twins = compiler.compile(BlockFile.parse("rules/evidence/model-type.rules", "topic: model-type\n"
                + "rule model-type.architecture\n  kind: direct\n  has: @dl-architecture\n  has: @usage-cue\n"
                + "  not: " + cited + " | " + year + "\n"
                + "rule model-type.architecture-own\n  kind: direct\n  has: @dl-architecture\n  has: @own-work-cue\n"
                + "  not: " + cited + "\n"
                + "rule model-type.named-architecture\n  kind: direct\n  has: " + named + "\n"
                + "  not: " + cited + " | " + year + "\n"
                + "rule model-type.named-architecture-own\n  kind: direct\n  has: " + named + "\n  has: @own-work-cue\n"
                + "  not: " + cited + "\n"), "model-type");
        Map<String, Rule> now = compiler.compile(BlockFile.parse("rules/evidence/model-type.rules",
                        Files.readString(Path.of("rules/evidence/model-type.rules"))), "model-type").stream()
                .collect(Collectors.toMap(Rule::id, r -> r));
        int waived = 0;
        for (String s : sentences()) {
            SentenceView v = symqa.questionView(s);
            for (int pair = 0; pair < 2; pair++) {
                Rule base = twins.get(2 * pair);
                RuleMatch was = base.match(v);
                RuleMatch twin = twins.get(2 * pair + 1).match(v);
                RuleMatch merged = now.get(base.id()).match(v);
                RuleMatch expected = was != null ? was : twin;
                assertEquals(expected != null, merged != null, base.id() + " matches: " + s);
                if (merged != null) {
                    assertEquals(expected.facts(), merged.facts(), base.id() + ": " + s);
                    waived += was == null ? 1 : 0;
                }
            }
        }
        assertTrue(waived >= 8, "too few sentences only a twin matched: " + waived);
    }

    /** Sentences with and without an own-work cue, a usage cue, a modal, a year, a plan and a reference marker. */
    private static List<String> sentences() {
        List<String> out = new ArrayList<>();
        for (String who : List.of("We", "The current study", "The team")) {
            for (String modal : List.of("", "may have ")) {
                for (String verb : List.of("used", "relied on")) {
                    for (String model : List.of("YOLOv5", "a convolutional neural network")) {
                        for (String tail : List.of("", " (Smith et al., 2020)", " in future work", " (pp. 1-7)")) {
                            out.add(who + " " + modal + verb + " " + model + tail + ".");
                        }
                    }
                }
            }
        }
        return out;
    }
}
