package org.symqa.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.symqa.resources.KeyValueFile;
import org.symqa.rules.RuleKind;
import org.symqa.topic.TopicDecision;

/**
 * General questions answered by word overlap: the thresholds of {@code general.txt} at their boundaries (share,
 * count, answer type), the cap on related sentences, and the verdicts; on a model-free annotator.
 */
class OverlapEvidenceFinderTest {
    private static final TopicDecision GENERAL = new TopicDecision(List.of("general"), List.of());
    private final EvidenceKit kit;

    OverlapEvidenceFinderTest() throws Exception {
        kit = new EvidenceKit(Map.of("stopwords", "which\nthe\nwas\nwere\nwe\na\nof\nhow\nmany\nis\n"));
    }

    /** A finder with these thresholds; questions asking "how many" need a number. */
    private OverlapEvidenceFinder finder(double answered, double related, int minShared) throws Exception {
        KeyValueFile f = KeyValueFile.parse("general.txt", "answered-overlap: " + answered + "\nrelated-overlap: " + related
                + "\nmin-shared: " + minShared + "\ntype: \"how many\" => #NUM\n");
        return new OverlapEvidenceFinder(GeneralSettings.from(f, kit.items), kit::question, kit::view);
    }

    private Finding find(OverlapEvidenceFinder finder, String question, String... chunks) {
        return finder.find(question, GENERAL, kit.document(chunks));
    }

    private static List<String> rules(Finding f) {
        return f.evidence().stream().map(e -> e.rule() + ":" + e.text()).toList();
    }

    @Test
    void aSentenceWithExactlyTheAnsweredShareAnswers() throws Exception {
        // five content words; 0.6 of them is 3
        Finding f = find(finder(0.6, 0.34, 2), "alpha beta gamma delta epsilon?", "We saw alpha beta gamma here.");
        assertEquals(Verdict.ANSWERED, f.verdict());
        assertEquals(List.of("general.overlap:We saw alpha beta gamma here."), rules(f));
        assertEquals(RuleKind.DIRECT, f.evidence().get(0).kind());
    }

    @Test
    void oneWordFewerThanTheShareIsOnlyRelated() throws Exception {
        Finding f = find(finder(0.6, 0.34, 2), "alpha beta gamma delta epsilon?", "We saw alpha beta here.");
        assertEquals(Verdict.PARTIAL, f.verdict());
        assertEquals(Reason.WEAK_OVERLAP, f.reason());
        assertEquals(List.of("general.related-overlap:We saw alpha beta here."), rules(f));
        assertEquals(RuleKind.RELATED, f.evidence().get(0).kind());
    }

    @Test
    void exactlyTheRelatedShareIsRelatedAndLessIsNothing() throws Exception {
        // 0.4 of five content words is 2
        Finding two = find(finder(0.6, 0.4, 2), "alpha beta gamma delta epsilon?", "We saw alpha beta here.");
        assertEquals(Verdict.PARTIAL, two.verdict());
        Finding one = find(finder(0.6, 0.4, 2), "alpha beta gamma delta epsilon?", "We saw alpha here.");
        assertEquals(Verdict.NO_INFORMATION, one.verdict());
        assertEquals(Reason.WEAK_OVERLAP, one.reason());
        assertEquals(List.of(), one.evidence());
    }

    @Test
    void theLeastNumberOfSharedWordsHoldsAtItsBoundary() throws Exception {
        // two content words, both shared: 2 >= min-shared 2 answers; min-shared 3 does not
        assertEquals(Verdict.ANSWERED, find(finder(0.6, 0.34, 2), "alpha beta?", "Here alpha beta.").verdict());
        assertEquals(Verdict.PARTIAL, find(finder(0.6, 0.34, 3), "alpha beta?", "Here alpha beta.").verdict());
        // a one-word question never answers with min-shared 2, however well it overlaps
        assertEquals(Verdict.PARTIAL, find(finder(0.6, 0.34, 2), "alpha?", "Here alpha.").verdict());
    }

    @Test
    void anAnswerTypeAskedForMustStandInTheSentence() throws Exception {
        OverlapEvidenceFinder f = finder(0.6, 0.34, 2);
        assertEquals(Verdict.PARTIAL, find(f, "How many alpha beta gamma?", "The alpha beta gamma were few.").verdict());
        assertEquals(Verdict.ANSWERED, find(f, "How many alpha beta gamma?", "The alpha beta gamma were 12.").verdict());
        assertEquals(Verdict.ANSWERED, find(f, "Which alpha beta gamma?", "The alpha beta gamma were few.").verdict());
    }

    @Test
    void atMostThreeRelatedSentencesAreCited() throws Exception {
        String chunk = "One alpha beta. Two alpha beta. Three alpha beta. Four alpha beta. Five alpha beta.";
        Finding partial = find(finder(0.6, 0.34, 2), "alpha beta gamma delta epsilon?", chunk);
        assertEquals(List.of("general.related-overlap:One alpha beta.", "general.related-overlap:Two alpha beta.",
                "general.related-overlap:Three alpha beta."), rules(partial));
        Finding answered = find(finder(0.6, 0.34, 2), "alpha beta gamma delta epsilon?",
                chunk + " Six alpha beta gamma.");
        assertEquals(List.of("general.overlap:Six alpha beta gamma.", "general.related-overlap:One alpha beta.",
                "general.related-overlap:Two alpha beta.", "general.related-overlap:Three alpha beta."), rules(answered));
    }

    @Test
    void theBestSentenceWinsWhereverItStands() throws Exception {
        Finding f = find(finder(0.6, 0.34, 2), "alpha beta gamma delta?", "Some alpha here.", "We have alpha beta gamma delta.");
        assertEquals(Verdict.ANSWERED, f.verdict());
        Evidence best = f.evidence().get(0);
        assertEquals(2, best.chunk());
        assertEquals(0, best.start());
        assertEquals("We have alpha beta gamma delta.".length(), best.end());
    }

    @Test
    void offsetsPointIntoTheChunkAsThePromptHoldsIt() throws Exception {
        String chunk = "Intro text.  Then alpha beta gamma came.";
        Evidence e = find(finder(0.6, 0.34, 2), "alpha beta gamma?", chunk).evidence().get(0);
        assertEquals("Then alpha beta gamma came.", chunk.substring(e.start(), e.end()));
    }

    @Test
    void noContextAndNoContentWordsSayNoInformation() throws Exception {
        Finding empty = find(finder(0.6, 0.34, 2), "alpha beta?");
        assertEquals(Verdict.NO_INFORMATION, empty.verdict());
        assertEquals(Reason.NO_CONTEXT, empty.reason());
        Finding stop = find(finder(0.6, 0.34, 2), "Which was the?", "Which was the alpha.");
        assertEquals(Verdict.NO_INFORMATION, stop.verdict());
        assertEquals(Reason.WEAK_OVERLAP, stop.reason());
        assertEquals(List.of(), stop.evidence());
    }
}
