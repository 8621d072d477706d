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
import org.symqa.evidence.FindingLog;
import org.symqa.evidence.Reason;
import org.symqa.evidence.Verdict;
import org.symqa.nlp.Document;
import org.symqa.prompt.Prompt;
import org.symqa.topic.TopicDecision;

/** The general path end to end on small contexts: answers, yes/no replies, abstention and its thresholds. */
class GeneralEvidenceFinderTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    /**
     * The shared pipeline, fetched on each use rather than kept in a field: under mutation testing
     * FreshPipelineExtension drops it before each test class, and a field would keep the old one (and its cached
     * chunks) alive across mutants.
     */
    private static Symqa symqa() {
        return TestPipeline.get();
    }

    private static GeneralSettings settings() {
        return symqa().ruleSet().general();
    }
    private static final TopicDecision GENERAL = new TopicDecision(List.of("general"), List.of());

    private static Prompt prompt(String question, String... contexts) throws Exception {
        return symqa().reader().readJson(JSON.valueToTree(Map.of("question", question, "contexts", List.of(contexts))));
    }

    private static Finding find(GeneralSettings settings, Prompt p) {
        return new GeneralEvidenceFinder(settings, symqa().ruleSet().background(), symqa()::questionView, symqa()::view).find(p.question(), GENERAL,
                symqa().annotate(p));
    }

    private static Finding find(String question, String... contexts) throws Exception {
        return find(settings(), prompt(question, contexts));
    }

    private static GeneralSettings with(double answerCoverage, double polarCoverage, double margin) {
        GeneralSettings.Limits l = settings().limits();
        return new GeneralSettings(settings().ranking(), new GeneralSettings.Limits(answerCoverage, polarCoverage, margin,
                Math.min(l.relatedCoverage(), answerCoverage), l.maxRelated(), l.rewriteGap(), l.typeHeadWeight()),
                settings().cues(), settings().shapes(), settings().types(), settings().file(), settings().line());
    }

    private static final String TANA = "The survey covered three wetlands in the Ethiopian highlands. At the Lake Tana\n"
            + "site, 132 bird species were recorded during the two field seasons.";

    @Test
    void theAnswerSpanKeepsItsChunkOffsets() throws Exception {
        Prompt p = prompt("How many bird species were recorded at the Lake Tana site?", "Methods.", TANA);
        Finding f = find(settings(), p);
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
        Document d = symqa().annotate(p);
        GeneralEvidenceFinder finder = new GeneralEvidenceFinder(settings(), symqa().ruleSet().background(), symqa()::questionView, symqa()::view);
        Scored best = finder.ranked(finder.analyse(p.question()), d).stream().filter(Scored::answers).findFirst()
                .orElseThrow();
        double c = best.coverage();
        assertTrue(c > 0 && c < 1, "coverage " + c);
        assertEquals(Verdict.ANSWERED, find(with(c, 0.7, 0), p).verdict());
        assertEquals(Reason.WEAK_OVERLAP, find(with(Math.nextUp(c), 0.7, 0), p).reason());

        Prompt two = prompt("How many bird species were recorded at the site?",
                "At the site, 132 bird species were recorded.", "Later, at the site, 120 bird species were recorded.");
        List<Scored> ranked = finder.ranked(finder.analyse(two.question()), symqa().annotate(two));
        double lead = ranked.get(0).score() - ranked.get(1).score();
        assertTrue(lead > 0, "lead " + lead);
        assertEquals(Verdict.ANSWERED, find(with(0.5, 0.7, lead), two).verdict());
        assertEquals(Reason.AMBIGUOUS, find(with(0.5, 0.7, Math.nextUp(lead)), two).reason());
    }

    private static GeneralSettings withMaxRelated(int maxRelated) {
        GeneralSettings.Limits l = settings().limits();
        return new GeneralSettings(settings().ranking(), new GeneralSettings.Limits(l.answerCoverage(), l.polarCoverage(),
                l.answerMargin(), l.relatedCoverage(), maxRelated, l.rewriteGap(), l.typeHeadWeight()),
                settings().cues(), settings().shapes(), settings().types(), settings().file(), settings().line());
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
        assertEquals(settings().limits().maxRelated(), find(settings(), p).evidence().size());
    }

    @Test
    void polarCoverageIsAThresholdToo() throws Exception {
        Prompt p = prompt("Did mortality differ between the treatment groups?", "Mortality did not differ between groups.");
        GeneralEvidenceFinder finder = new GeneralEvidenceFinder(settings(), symqa().ruleSet().background(), symqa()::questionView, symqa()::view);
        Scored best = finder.ranked(finder.analyse(p.question()), symqa().annotate(p)).get(0);
        double c = best.reply().coverage();
        assertTrue(c > 0 && c < 1, "coverage " + c);
        assertEquals("no", find(with(0.3, c, 0.05), p).extraction().orElseThrow().reply());
        assertEquals(Verdict.PARTIAL, find(with(0.3, Math.nextUp(c), 0.05), p).verdict());
    }

    private static GeneralSettings withRelated(double answerCoverage, double relatedCoverage, double typeHeadWeight) {
        GeneralSettings.Limits l = settings().limits();
        return new GeneralSettings(settings().ranking(), new GeneralSettings.Limits(answerCoverage, l.polarCoverage(),
                l.answerMargin(), relatedCoverage, l.maxRelated(), l.rewriteGap(), typeHeadWeight),
                settings().cues(), settings().shapes(), settings().types(), settings().file(), settings().line());
    }

    private static List<Scored> ranked(GeneralSettings settings, Prompt p) {
        GeneralEvidenceFinder finder = new GeneralEvidenceFinder(settings, symqa().ruleSet().background(), symqa()::questionView,
                symqa()::view);
        return finder.ranked(finder.analyse(p.question()), symqa().annotate(p));
    }

    @Test
    void theLogNamesTheAnswerHowItWasFoundAndEverySentenceInContextOrder() throws Exception {
        Finding f = find(settings(), prompt("How many bird species were recorded at the Lake Tana site?", "Methods.", TANA));
        assertEquals(List.of(new FindingLog.SentenceRef(1, 0), new FindingLog.SentenceRef(2, 0),
                new FindingLog.SentenceRef(2, 1)), f.log().tagged());
        String best = f.log().decisions().stream().filter(d -> d.startsWith("best sentence: ")).findFirst().orElseThrow();
        assertTrue(best.startsWith("best sentence: chunk 2 s1, coverage "), best);
        assertTrue(best.contains(", answer '132 bird species' by "), best);
        assertTrue(f.log().decisions().get(0).contains("; content words: bird, species"), f.log().decisions().get(0));
        assertTrue(f.log().decisions().stream().noneMatch(d -> d.contains("best sentence with an answer")),
                "the best sentence answers itself");
        Finding two = find("How many bird species were recorded at the site?",
                "At the site, 132 bird species were recorded.", "At the site, 120 bird species were recorded.");
        assertTrue(two.log().decisions().stream().anyMatch(d -> d.startsWith("next sentence with another answer: ")
                && d.contains("answer '120 bird species'")), two.log().decisions().toString());
        Finding none = find("What is this?", TANA);
        assertEquals(Verdict.NO_INFORMATION, none.verdict());
        assertTrue(none.log().decisions().contains("no content word in the question, or no sentence: no information"),
                none.log().decisions().toString());
        assertTrue(none.log().decisions().get(0).contains("; content words: none;"), none.log().decisions().get(0));
    }

    @Test
    void theFocusHeadWeighsLessOnlyForNamesAndPlaces() throws Exception {
        Prompt name = prompt("Which software was used to analyse the bat calls?",
                "The bat calls were analysed with Kaleidoscope Pro.");
        double half = ranked(withRelated(0.6, 0.3, 0.5), name).get(0).coverage();
        double full = ranked(withRelated(0.6, 0.3, 1), name).get(0).coverage();
        assertTrue(half > full, "the missing head 'software' weighs half: " + half + " > " + full);
        Prompt number = prompt("How many bird species were recorded at the site?", "At the site, 132 were recorded.");
        assertEquals(ranked(withRelated(0.6, 0.3, 1), number).get(0).coverage(),
                ranked(withRelated(0.6, 0.3, 0.5), number).get(0).coverage(), "a number question weighs its head fully");
    }

    @Test
    void relatedCoverageIsAThresholdAndASentenceWithoutAQuestionWordIsNeverRelated() throws Exception {
        Prompt p = prompt("How many bird species were recorded at the Lake Tana site?",
                "At the Lake Tana site, many bird species were recorded.", "Bird species were counted in spring.",
                "Methods.");
        List<Scored> ranked = ranked(settings(), p);
        double low = ranked.get(1).coverage();
        assertTrue(low > 0 && low < ranked.get(0).coverage(), "coverages " + ranked.get(0).coverage() + ", " + low);
        assertEquals(0, ranked.get(2).coverage(), "Methods.");
        // nothing answers at answer-coverage 1, so the related sentences are cited
        assertEquals(2, find(withRelated(1, low, 0.5), p).evidence().size());
        assertEquals(1, find(withRelated(1, Math.nextUp(low), 0.5), p).evidence().size());
        assertEquals(2, find(withRelated(1, 0, 0.5), p).evidence().size(), "related-coverage 0: still not 'Methods.'");
        // no sentence holds a number: with answer-coverage at the top sentence's coverage it lacks only the span,
        // with the next double up it lacks the overlap too
        Prompt weak = prompt("How many bird species were recorded at the Lake Tana site?", "Bird species were counted in spring.");
        double top = ranked(settings(), weak).get(0).coverage();
        assertTrue(top > 0 && top < 1, "coverage " + top);
        assertEquals(Reason.NO_ANSWER_SPAN, find(withRelated(top, Math.min(0.3, top), 0.5), weak).reason());
        assertEquals(Reason.WEAK_OVERLAP, find(withRelated(Math.nextUp(top), Math.min(0.3, top), 0.5), weak).reason());
    }

    @Test
    void theAnsweringSentenceMayTrailTheTopSentenceByTheMarginAtMost() throws Exception {
        Prompt p = prompt("How many bird species were recorded at the Lake Tana site?",
                "At the Lake Tana site, many bird species were recorded in spring.",
                "At the site, 132 bird species were recorded.");
        List<Scored> ranked = ranked(settings(), p);
        Scored top = ranked.get(0);
        Scored best = ranked.stream().filter(Scored::answers).findFirst().orElseThrow();
        assertTrue(top != best && !top.answers(), "the top sentence holds no answer");
        double margin = top.score() - best.score();
        while (best.score() + margin < top.score()) {
            margin = Math.nextUp(margin);
        }
        assertEquals(top.score(), best.score() + margin, "a margin that closes the gap exactly");
        double less = margin;
        while (best.score() + less >= top.score()) {
            less = Math.nextDown(less);
        }
        double c = best.coverage();
        Finding answered = find(with(c, 0.7, margin), p);
        assertEquals(Verdict.ANSWERED, answered.verdict());
        assertTrue(answered.log().decisions().stream().anyMatch(d -> d.startsWith("best sentence: chunk 1 s0")
                && d.contains("; best sentence with an answer: chunk 2 s0")), answered.log().decisions().toString());
        assertEquals(Reason.AMBIGUOUS, find(with(c, 0.7, less), p).reason(), "the largest margin that falls short");
    }

    private static GeneralSettings withBm25(double weight) {
        GeneralSettings.Ranking r = settings().ranking();
        return new GeneralSettings(new GeneralSettings.Ranking(weight, r.coverage(), r.span(), r.rewrite(), r.result(),
                r.aim(), r.background()), settings().limits(), settings().cues(), settings().shapes(), settings().types(),
                settings().file(), settings().line());
    }

    @Test
    void bm25IsScaledToTheBestSentenceAndCountsNoPunctuation() throws Exception {
        Prompt one = prompt("How many bird species were recorded at the site?", "At the site, 132 bird species were recorded.");
        double with = ranked(withBm25(0.5), one).get(0).score();
        double without = ranked(withBm25(0), one).get(0).score();
        assertEquals(0.5, with - without, 1e-12, "the best sentence gets the whole bm25-weight");
        List<Scored> same = ranked(settings(), prompt("How many bird species were recorded at the site?",
                "At the site, 132 bird species were recorded.", "At the site 132 bird species were recorded"));
        assertEquals(same.get(0).score(), same.get(1).score(), "a comma and a full stop change nothing");
        List<Scored> unrelated = ranked(settings(), prompt("Who funded the expedition?", TANA));
        assertTrue(unrelated.stream().allMatch(r -> Double.isFinite(r.score())), "no question word anywhere: no NaN");
    }
}
