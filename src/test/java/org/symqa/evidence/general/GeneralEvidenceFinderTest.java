package org.symqa.evidence.general;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.symqa.Symqa;
import org.symqa.TestPipeline;
import org.symqa.evidence.Extraction;
import org.symqa.evidence.Finding;
import org.symqa.evidence.Reason;
import org.symqa.evidence.Verdict;
import org.symqa.nlp.Document;
import org.symqa.prompt.Prompt;
import org.symqa.topic.TopicDecision;

/** The general path end to end on small contexts: answers, yes/no replies, abstention and its thresholds. */
class GeneralEvidenceFinderTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Symqa SYMQA = TestPipeline.get();
    private static final GeneralSettings SETTINGS = SYMQA.ruleSet().general();
    private static final TopicDecision GENERAL = new TopicDecision(List.of("general"), List.of());

    private static Prompt prompt(String question, String... contexts) throws Exception {
        return SYMQA.reader().readJson(JSON.valueToTree(Map.of("question", question, "contexts", List.of(contexts))));
    }

    private static Finding find(GeneralSettings settings, Prompt p) {
        return new GeneralEvidenceFinder(settings, SYMQA.ruleSet().background(), SYMQA::questionView, SYMQA::view).find(p.question(), GENERAL,
                SYMQA.annotate(p));
    }

    private static Finding find(String question, String... contexts) throws Exception {
        return find(SETTINGS, prompt(question, contexts));
    }

    private static GeneralSettings with(double answerCoverage, double polarCoverage, double margin) {
        GeneralSettings.Limits l = SETTINGS.limits();
        return new GeneralSettings(SETTINGS.ranking(), new GeneralSettings.Limits(answerCoverage, polarCoverage, margin,
                Math.min(l.relatedCoverage(), answerCoverage), l.maxRelated(), l.rewriteGap(), l.typeHeadWeight()),
                SETTINGS.cues(), SETTINGS.shapes(), SETTINGS.types(), SETTINGS.file(), SETTINGS.line());
    }

    private static final String TANA = "The survey covered three wetlands in the Ethiopian highlands. At the Lake Tana\n"
            + "site, 132 bird species were recorded during the two field seasons.";

    @Test
    void theAnswerSpanKeepsItsChunkOffsets() throws Exception {
        Prompt p = prompt("How many bird species were recorded at the Lake Tana site?", "Methods.", TANA);
        Finding f = find(SETTINGS, p);
        assertEquals(Verdict.ANSWERED, f.verdict());
        Extraction x = f.extraction().orElseThrow();
        assertEquals("132 bird species", x.fact().text());
        assertEquals(2, x.fact().chunk());
        assertEquals("132 bird species", p.chunks().get(1).substring(x.fact().start(), x.fact().end()));
        assertEquals("number", x.type());
        assertEquals("answer", x.fact().role());
        assertEquals("general.number", f.evidence().get(0).rule());
        assertEquals("general.number", x.fact().rule());
        assertTrue(x.location().startsWith("rules/general-questions.rules:"), x.location());
        assertEquals(List.of(x.fact()), f.evidence().get(0).facts());
    }

    @Test
    void yesNoQuestionsGetYesNoOrUnsettled() throws Exception {
        String ctx = "Mortality did not differ between the groups. Body weight fell in fasted mice, whereas liver fat "
                + "increased. Whether probiotics prevent diarrhoea remains unclear. Helmet use was associated with fewer "
                + "head injuries. Riders who had not slept were excluded, and alcohol use was associated with night rides.";
        assertEquals("no", reply("Did mortality differ between the groups?", ctx));
        assertEquals("no", reply("Did body weight increase in fasted mice?", ctx));
        assertEquals("yes", reply("Did body weight fall in fasted mice?", ctx));
        assertEquals("unsettled", reply("Do probiotics prevent diarrhoea?", ctx));
        assertEquals("yes", reply("Was helmet use associated with fewer head injuries?", ctx));
        // the negation stands in the other clause: its scope holds no word of the question
        assertEquals("yes", reply("Was alcohol use associated with night rides?", ctx));
        // the question is negated itself
        assertEquals("no", reply("Was helmet use not associated with fewer head injuries?", ctx));
    }

    private static String reply(String question, String ctx) throws Exception {
        Finding f = find(question, ctx);
        assertEquals(Verdict.ANSWERED, f.verdict(), question);
        return f.extraction().orElseThrow().reply();
    }

    @Test
    void aNegationThatDecidesIsCitedAsNegated() throws Exception {
        Extraction x = find("Did mortality differ between the groups?", "Mortality did not differ between the groups.")
                .extraction().orElseThrow();
        assertEquals("no", x.reply());
        assertEquals("polarity", x.fact().role());
        assertEquals("not differ", x.fact().text());
        assertTrue(x.fact().negated());
        Extraction up = find("Did body weight increase in fasted mice?", "Body weight fell in fasted mice.")
                .extraction().orElseThrow();
        assertEquals("no", up.reply());
        assertEquals("fell", up.fact().text());
        assertEquals(false, up.fact().negated());
    }

    @Test
    void itAbstainsWithAReason() throws Exception {
        Finding weak = find("Who funded the field work?", TANA);
        assertEquals(Reason.WEAK_OVERLAP, weak.reason());
        Finding noSpan = find("How many bird species were recorded at the Lake Tana site?",
                "At the Lake Tana site, many bird species were recorded during the field seasons.");
        assertEquals(Reason.NO_ANSWER_SPAN, noSpan.reason());
        assertEquals(Verdict.PARTIAL, noSpan.verdict());
        assertEquals("general.related", noSpan.evidence().get(0).rule());
        Finding two = find("How many bird species were recorded at the site?",
                "At the site, 132 bird species were recorded.", "At the site, 120 bird species were recorded.");
        assertEquals(Reason.AMBIGUOUS, two.reason());
        Finding none = find("How many bird species were recorded at the site?", " ");
        assertEquals(Reason.NO_CONTEXT, none.reason());
        assertEquals(Verdict.NO_INFORMATION, none.verdict());
    }

    @Test
    void coverageAndMarginAreThresholdsFromTheRules() throws Exception {
        Prompt p = prompt("How many bird species were recorded in the highlands?", TANA);
        Document d = SYMQA.annotate(p);
        GeneralEvidenceFinder finder = new GeneralEvidenceFinder(SETTINGS, SYMQA.ruleSet().background(), SYMQA::questionView, SYMQA::view);
        Scored best = finder.ranked(finder.analyse(p.question()), d).stream().filter(Scored::answers).findFirst()
                .orElseThrow();
        double c = best.coverage();
        assertTrue(c > 0 && c < 1, "coverage " + c);
        assertEquals(Verdict.ANSWERED, find(with(c, 0.7, 0), p).verdict());
        assertEquals(Reason.WEAK_OVERLAP, find(with(Math.nextUp(c), 0.7, 0), p).reason());

        Prompt two = prompt("How many bird species were recorded at the site?",
                "At the site, 132 bird species were recorded.", "Later, at the site, 120 bird species were recorded.");
        List<Scored> ranked = finder.ranked(finder.analyse(two.question()), SYMQA.annotate(two));
        double lead = ranked.get(0).score() - ranked.get(1).score();
        assertTrue(lead > 0, "lead " + lead);
        assertEquals(Verdict.ANSWERED, find(with(0.5, 0.7, lead), two).verdict());
        assertEquals(Reason.AMBIGUOUS, find(with(0.5, 0.7, Math.nextUp(lead)), two).reason());
    }

    private static GeneralSettings withMaxRelated(int maxRelated) {
        GeneralSettings.Limits l = SETTINGS.limits();
        return new GeneralSettings(SETTINGS.ranking(), new GeneralSettings.Limits(l.answerCoverage(), l.polarCoverage(),
                l.answerMargin(), l.relatedCoverage(), maxRelated, l.rewriteGap(), l.typeHeadWeight()),
                SETTINGS.cues(), SETTINGS.shapes(), SETTINGS.types(), SETTINGS.file(), SETTINGS.line());
    }

    @Test
    void atMostMaxRelatedSentencesAreCitedWhenNoneAnswers() throws Exception {
        Prompt p = prompt("How many bird species were recorded at the Lake Tana site?",
                "At the Lake Tana site, many bird species were recorded in spring.",
                "At the Lake Tana site, several bird species were recorded in summer.",
                "At the Lake Tana site, some bird species were recorded in autumn.",
                "At the Lake Tana site, rare bird species were recorded in winter.");
        Finding all = find(withMaxRelated(10), p);
        assertEquals(Reason.NO_ANSWER_SPAN, all.reason());
        assertEquals(4, all.evidence().size(), "four related sentences to choose from");
        // the cap holds at its value: exactly max-related sentences, not one more
        assertEquals(3, find(withMaxRelated(3), p).evidence().size());
        assertEquals(2, find(withMaxRelated(2), p).evidence().size());
        assertEquals(SETTINGS.limits().maxRelated(), find(SETTINGS, p).evidence().size());
    }

    @Test
    void polarCoverageIsAThresholdToo() throws Exception {
        Prompt p = prompt("Did mortality differ between the treatment groups?", "Mortality did not differ between groups.");
        GeneralEvidenceFinder finder = new GeneralEvidenceFinder(SETTINGS, SYMQA.ruleSet().background(), SYMQA::questionView, SYMQA::view);
        Scored best = finder.ranked(finder.analyse(p.question()), SYMQA.annotate(p)).get(0);
        double c = best.reply().coverage();
        assertTrue(c > 0 && c < 1, "coverage " + c);
        assertEquals("no", find(with(0.3, c, 0.05), p).extraction().orElseThrow().reply());
        assertEquals(Verdict.PARTIAL, find(with(0.3, Math.nextUp(c), 0.05), p).verdict());
    }
}
