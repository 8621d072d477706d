package org.symqa.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.symqa.evidence.Background;
import org.symqa.evidence.Evidence;
import org.symqa.evidence.Fact;
import org.symqa.evidence.Finding;
import org.symqa.evidence.Reason;
import org.symqa.evidence.Verdict;
import org.symqa.lexicon.LexiconLibrary;
import org.symqa.lexicon.WordFamilies;
import org.symqa.nlp.Chunk;
import org.symqa.nlp.Document;
import org.symqa.nlp.Sentence;
import org.symqa.nlp.Sentences;
import org.symqa.nlp.SimpleAnnotator;
import org.symqa.prompt.AnswerFormat;
import org.symqa.prompt.Prompt;
import org.symqa.resources.KeyValueFile;
import org.symqa.resources.MapSource;
import org.symqa.rules.ItemParser;
import org.symqa.rules.RuleKind;
import org.symqa.rules.SentenceView;
import org.symqa.text.RepairedText;
import org.symqa.topic.Topic;
import org.symqa.topic.TopicCatalog;
import org.symqa.topic.TopicDecision;
import org.symqa.topic.TopicScoring;

/**
 * Which template opens an answer for each verdict and reason, what it cites, and how lists and the question's
 * examples are written; on small templates of its own, a hand-made document, and no NLP models.
 */
class TemplateAnswerWriterTest {
    /** Templates that name themselves, so that a test sees which one was chosen. */
    static final String TEMPLATES = """
            answered: ANSWERED ${found}: ${facts}.
            answered-without-facts: WITHOUT-FACTS ${found}.
            evidence-intro: INTRO
            evidence-item: [${chunk}] ${text}
            partial: PARTIAL ${missing}${examples}.${about}
            no-information: NO-INFORMATION ${missing}${examples}.${about}
            no-context: NO-CONTEXT ${missing}.
            examples: , such as ${list}
            fact: ${fact} [${chunk}]
            list-and: and
            list-or: or
            roles-before: count
            values-apart: name
            max-direct: 2
            max-related: 2
            max-facts: 8
            context-sentences: 0
            examples-in-question: (?i)\\((?:e\\.g\\.?|such as),?\\s*([^)]+)\\)
            negated-one: ONE ${facts} was not used.
            negated-many: MANY ${facts} were not used.
            max-related-unanswered: 2
            context-sentences-unanswered: 0
            general-context-sentences: 0
            min-quote-words: 1
            about-sections: SECTIONS ${sections}.
            section: ${headings} [${chunk}]
            sections: ${headings} [${chunk}]
            heading: "${heading}"
            chunk: [${chunk}]
            about-references-one: REFERENCE ${chunks}.
            about-references-many: REFERENCES ${chunks}.
            about: ABOUT ${terms}.
            about-no-deep-learning: ABOUT ${terms} NO-DL.
            about-nothing-deep: NO-DL.
            about-quote: QUOTE "${text}" [${chunk}].
            about-near: NEAR ${near}
            max-facts-near: 2
            general-answered: GENERAL ${answer} [${chunk}]
            general-yes: YES [${chunk}]
            general-no: NO [${chunk}]
            general-unsettled: UNSETTLED [${chunk}]
            """;
    private static final String CONTEXT = "We used SGD. We trained on a GPU. The weather was fine. "
            + "Dropout was not used. Batch norm was not used. Costs were low.";

    /** Sentences as the writer sees them, without lexicon hits (no term is named from them). */
    private static final Function<Sentence, SentenceView> VIEWS = s -> new SentenceView(s, List.of());

    private final TemplateAnswerWriter writer;
    private final About about;
    private final Background background;
    private final Document document;
    private final ItemParser items;
    private final TopicCatalog catalog;

    TemplateAnswerWriterTest() throws Exception {
        Topic hardware = new Topic("hardware", 20, "which hardware was used", "Hardware named", List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of(), "topics.rules", 1);
        Topic general = new Topic("general", 0, "the answer", "The context says", List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of(), "topics.rules", 9);
        TopicScoring scoring = new TopicScoring(6, 3, 2, 1, 3, 6, 6, 75, List.of(), List.of(), WordFamilies.none());
        SimpleAnnotator a = new SimpleAnnotator();
        items = new ItemParser(new LexiconLibrary(new MapSource("lexicons", Map.of()), a::tokenize));
        background = Background.from(KeyValueFile.parse("background.txt", "reference-token: /(?:19|20)\\d\\d/\n"
                + "reference-share: 0.5\nreference-min: 3\nreference-head: 10\nreference-head-token: /(19|20)\\d\\d/\nreference-opening: (?!)\nreference-fragment: 0\nreference-reach: 0\nother-work: \"previous studies\"\nself: we\n"
                + "plans: \"future work\"\n"), items);
        about = About.from(KeyValueFile.parse("about.txt", "heading: (\\d\\. \\p{Lu}.+)\nmax-sections: 0\n"
                + "kind: /Unnamed/\ndeep-learning: /\\w+/\nmax-terms: 0\nstudy-quotes: 0\nstudy-min-words: 6\nstudy-max-words: 60\n"), items, Set.of());
        catalog = TopicCatalog.of("topics.rules", List.of(hardware, general), scoring);
        writer = new TemplateAnswerWriter(Templates.from(KeyValueFile.parse("answers.txt", TEMPLATES)), catalog, about,
                background, VIEWS, null);
        document = new Document(List.of(new Chunk(1, RepairedText.of(CONTEXT), new Sentences(a.split(CONTEXT), a::tag))));
    }

    /** Evidence for sentence {@code i} of the context, with these facts. */
    private Evidence evidence(int i, RuleKind kind, Fact... facts) {
        Sentence s = document.chunks().get(0).sentences().get(i);
        return new Evidence(1, s.start(), s.end(), s.text(), "r" + i, "f:" + i, kind, List.of(facts),
                facts.length > 0 && facts[0].negated());
    }

    private static Fact fact(String text, boolean negated) {
        int at = CONTEXT.indexOf(text);
        return new Fact(text, 1, at, at + text.length(), "r", null, negated, List.of());
    }

    private Answer write(String question, int limit, Finding finding) {
        return writer.write(new Prompt(question, List.of(CONTEXT), limit, AnswerFormat.PLAIN),
                new TopicDecision(List.of("hardware"), List.of()), finding, document);
    }

    @Test
    void answeredNamesTheFactsThenQuotesDirectThenRelatedEvidence() {
        Finding f = new Finding(Verdict.ANSWERED, Reason.DIRECT_EVIDENCE, List.of(evidence(1, RuleKind.DIRECT,
                fact("GPU", false)), evidence(2, RuleKind.RELATED)));
        Answer a = write("Which hardware?", 0, f);
        assertEquals("answered", a.template());
        // neighbouring sentences of a chunk are quoted as one passage
        assertEquals("ANSWERED Hardware named: GPU [1].\nINTRO\n[1] We trained on a GPU. The weather was fine.", a.text());
        assertEquals(List.of("GPU"), a.facts().stream().map(Fact::text).toList());
    }

    @Test
    void answeredWithoutFactsHasItsOwnTemplate() {
        Finding f = new Finding(Verdict.ANSWERED, Reason.DIRECT_EVIDENCE, List.of(evidence(1, RuleKind.DIRECT)));
        Answer a = write("Which hardware?", 0, f);
        assertEquals("answered-without-facts", a.template());
        assertTrue(a.text().startsWith("WITHOUT-FACTS Hardware named.\nINTRO\n[1] We trained on a GPU."), a.text());
    }

    @Test
    void atMostMaxDirectAndMaxRelatedAreQuoted() {
        List<Evidence> ev = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            ev.add(evidence(i, RuleKind.DIRECT));
        }
        for (int i = 3; i < 6; i++) {
            ev.add(evidence(i, RuleKind.RELATED));
        }
        Answer a = write("Which hardware?", 0, new Finding(Verdict.ANSWERED, Reason.DIRECT_EVIDENCE, ev));
        assertEquals("WITHOUT-FACTS Hardware named.\nINTRO\n[1] We used SGD. We trained on a GPU.\n"
                + "[1] Dropout was not used. Batch norm was not used.", a.text());
    }

    @Test
    void partialQuotesOnlyRelatedEvidenceWithoutIntro() {
        Finding f = new Finding(Verdict.PARTIAL, Reason.RELATED_EVIDENCE_ONLY, List.of(evidence(1, RuleKind.DIRECT),
                evidence(2, RuleKind.RELATED)));
        Answer a = write("Which hardware?", 0, f);
        assertEquals("partial", a.template());
        assertEquals("PARTIAL which hardware was used.\n[1] The weather was fine.", a.text());
        assertEquals(List.of(), a.facts());
    }

    @Test
    void noInformationQuotesNothing() {
        Finding f = new Finding(Verdict.NO_INFORMATION, Reason.NO_MATCHING_EVIDENCE, List.of(evidence(2, RuleKind.RELATED)));
        Answer a = write("Which hardware?", 0, f);
        assertEquals("no-information", a.template());
        assertEquals("NO-INFORMATION which hardware was used.", a.text());
    }

    @Test
    void noContextHasItsOwnTemplate() {
        Answer a = write("Which hardware?", 0, new Finding(Verdict.NO_INFORMATION, Reason.NO_CONTEXT, List.of()));
        assertEquals("no-context", a.template());
        assertEquals("NO-CONTEXT which hardware was used.", a.text());
    }

    @Test
    void negatedEvidenceOnlySaysWhatWasNotUsedOneOrMany() {
        Finding one = new Finding(Verdict.NO_INFORMATION, Reason.NEGATED_EVIDENCE_ONLY,
                List.of(evidence(3, RuleKind.DIRECT, fact("Dropout", true))));
        Answer a = write("Which hardware?", 0, one);
        assertEquals("no-information", a.template());
        assertEquals("NO-INFORMATION which hardware was used. ONE Dropout [1] was not used.\n[1] Dropout was not used.",
                a.text());
        assertEquals(List.of("Dropout"), a.facts().stream().map(Fact::text).toList());
        Finding two = new Finding(Verdict.NO_INFORMATION, Reason.NEGATED_EVIDENCE_ONLY, List.of(
                evidence(3, RuleKind.DIRECT, fact("Dropout", true)), evidence(4, RuleKind.DIRECT, fact("Batch norm", true))));
        assertTrue(write("Which hardware?", 0, two).text().startsWith(
                "NO-INFORMATION which hardware was used. MANY Dropout [1] and Batch norm [1] were not used.\n"));
    }

    @Test
    void answeredAlsoSaysWhatWasNotUsed() {
        Finding f = new Finding(Verdict.ANSWERED, Reason.DIRECT_EVIDENCE, List.of(
                evidence(0, RuleKind.DIRECT, fact("SGD", false)), evidence(3, RuleKind.DIRECT, fact("Dropout", true))));
        Answer a = write("Which hardware?", 0, f);
        assertTrue(a.text().startsWith("ANSWERED Hardware named: SGD [1]. ONE Dropout [1] was not used.\nINTRO\n"), a.text());
        assertEquals(List.of("SGD", "Dropout"), a.facts().stream().map(Fact::text).toList());
    }

    @Test
    void listsJoinTheLastWithAnd() {
        Finding f = new Finding(Verdict.ANSWERED, Reason.DIRECT_EVIDENCE, List.of(evidence(0, RuleKind.DIRECT,
                fact("SGD", false), fact("GPU", false), fact("Costs", false))));
        assertTrue(write("Which hardware?", 0, f).text().startsWith("ANSWERED Hardware named: SGD [1], GPU [1] and Costs [1]."));
        Finding two = new Finding(Verdict.ANSWERED, Reason.DIRECT_EVIDENCE, List.of(evidence(0, RuleKind.DIRECT,
                fact("SGD", false), fact("GPU", false))));
        assertTrue(write("Which hardware?", 0, two).text().startsWith("ANSWERED Hardware named: SGD [1] and GPU [1]."));
    }

    @Test
    void theQuestionsExamplesAreNamedWhenTheContextDoesNotSay() {
        Finding none = new Finding(Verdict.NO_INFORMATION, Reason.NO_MATCHING_EVIDENCE, List.of());
        assertEquals("NO-INFORMATION which hardware was used, such as GPU, TPU or FPGA.",
                write("Which hardware (e.g., GPU, TPU, FPGA) was used?", 0, none).text());
        assertEquals("NO-INFORMATION which hardware was used, such as GPU.",
                write("Which hardware (such as GPU) was used?", 0, none).text());
        assertEquals("NO-INFORMATION which hardware was used.", write("Which hardware (e.g., , ) was used?", 0, none).text());
        assertEquals("NO-INFORMATION which hardware was used.", write("Which hardware (GPU) was used?", 0, none).text());
    }

    @Test
    void theWordLimitOfThePromptApplies() {
        Finding f = new Finding(Verdict.ANSWERED, Reason.DIRECT_EVIDENCE, List.of(evidence(1, RuleKind.DIRECT,
                fact("GPU", false))));
        Answer a = write("Which hardware?", 6, f);
        assertEquals("ANSWERED Hardware named: GPU [1].", a.text());
        assertTrue(a.shortened());
        assertFalse(write("Which hardware?", 0, f).shortened());
    }

    @Test
    void contextSentencesAroundTheEvidenceAreQuotedWithIt() throws Exception {
        TemplateAnswerWriter wide = new TemplateAnswerWriter(Templates.from(KeyValueFile.parse("answers.txt",
                TEMPLATES.replace("context-sentences: 0", "context-sentences: 1"))), TopicCatalog.of("topics.rules",
                List.of(new Topic("general", 0, "the answer", "Said", List.of(), List.of(), List.of(), List.of(), List.of(),
                        List.of(), "topics.rules", 1)), new TopicScoring(6, 3, 2, 1, 3, 6, 6, 75, List.of(), List.of(),
                        WordFamilies.none())), about, background, VIEWS, null);
        Finding f = new Finding(Verdict.ANSWERED, Reason.DIRECT_EVIDENCE, List.of(evidence(2, RuleKind.DIRECT)));
        Answer a = wide.write(new Prompt("What?", List.of(CONTEXT), 0, AnswerFormat.PLAIN),
                new TopicDecision(List.of("general"), List.of()), f, document);
        assertEquals("WITHOUT-FACTS Said.\nINTRO\n[1] We trained on a GPU. The weather was fine. Dropout was not used.",
                a.text());
    }

    /** A no-information reply of a writer whose about.txt has these kind:, max-terms: and deep-learning: lines. */
    private String aboutReply(String kind, int maxTerms, String deep) throws Exception {
        return reply(kind, maxTerms, deep, new Finding(Verdict.NO_INFORMATION, Reason.NO_MATCHING_EVIDENCE, List.of()));
    }

    /** The first line of a reply of a writer whose about.txt has these kind:, max-terms: and deep-learning: lines. */
    private String reply(String kind, int maxTerms, String deep, Finding f) throws Exception {
        About a = About.from(KeyValueFile.parse("about.txt", "heading: (\\d\\. \\p{Lu}.+)\nmax-sections: 0\nkind: "
                + kind + "\ndeep-learning: " + deep + "\nmax-terms: " + maxTerms
                + "\nstudy-quotes: 0\nstudy-min-words: 6\nstudy-max-words: 60\n"), items, Set.of());
        TemplateAnswerWriter w = new TemplateAnswerWriter(Templates.from(KeyValueFile.parse("answers.txt", TEMPLATES)),
                catalog, a, background, VIEWS, null);
        return w.write(new Prompt("Which hardware?", List.of(CONTEXT), 0, AnswerFormat.PLAIN),
                new TopicDecision(List.of("hardware"), List.of()), f, document).text().lines().findFirst().orElse("");
    }

    @Test
    void anAnsweredReplySaysWhenNoSentenceSpeaksOfDeepLearning() throws Exception {
        Finding f = new Finding(Verdict.ANSWERED, Reason.DIRECT_EVIDENCE, List.of(evidence(0, RuleKind.DIRECT,
                fact("GPU", false))));
        assertEquals("ANSWERED Hardware named: GPU [1]. NO-DL.", reply("/SGD|GPU/", 2, "\"neural network\"", f));
        assertEquals("ANSWERED Hardware named: GPU [1].", reply("/SGD|GPU/", 2, "/weather/", f));
    }

    @Test
    void anUnansweredReplyNamesTheTermsAndSaysWhenNoSentenceSpeaksOfDeepLearning() throws Exception {
        assertEquals("NO-INFORMATION which hardware was used. ABOUT SGD [1] and GPU [1].",
                aboutReply("/SGD|GPU/", 2, "/weather/"));
        assertEquals("NO-INFORMATION which hardware was used. ABOUT SGD [1] and GPU [1] NO-DL.",
                aboutReply("/SGD|GPU/", 2, "\"neural network\""));
        assertEquals("NO-INFORMATION which hardware was used. ABOUT SGD [1] NO-DL.",
                aboutReply("/SGD|GPU/", 1, "\"neural network\""));
        assertEquals("NO-INFORMATION which hardware was used. NO-DL.", aboutReply("/SGD|GPU/", 0, "\"neural network\""));
        assertEquals("NO-INFORMATION which hardware was used.", aboutReply("/SGD|GPU/", 0, "/weather/"));
    }

    /** A no-information answer of a writer whose about.txt names SGD and GPU, given these near findings. */
    private Answer nearReply(String deep, NearFinding... near) throws Exception {
        About a = About.from(KeyValueFile.parse("about.txt", "heading: (\\d\\. \\p{Lu}.+)\nmax-sections: 0\nkind: "
                + "/SGD|GPU/\ndeep-learning: " + deep + "\nmax-terms: 2\nstudy-quotes: 0\nstudy-min-words: 6\n"
                + "study-max-words: 60\n"), items, Set.of());
        TemplateAnswerWriter w = new TemplateAnswerWriter(Templates.from(KeyValueFile.parse("answers.txt", TEMPLATES)),
                catalog, a, background, VIEWS, null);
        return w.write(new Prompt("Which hardware?", List.of(CONTEXT), 0, AnswerFormat.PLAIN),
                new TopicDecision(List.of("hardware"), List.of()), new Finding(Verdict.NO_INFORMATION,
                        Reason.NO_MATCHING_EVIDENCE, List.of()), List.of(near), document);
    }

    @Test
    void anUnansweredReplyNamesTheFactsOfAnsweredNearTopicsInsteadOfTheTerms() throws Exception {
        NearFinding answered = new NearFinding("hardware", new Finding(Verdict.ANSWERED, Reason.DIRECT_EVIDENCE,
                List.of(evidence(0, RuleKind.DIRECT, fact("SGD", false)))));
        Answer a = nearReply("\"neural network\"", answered);
        assertEquals("NO-INFORMATION which hardware was used. NEAR ANSWERED Hardware named: SGD [1]. NO-DL.", a.text());
        // the facts it names are the answer's facts, each with the rule that found it
        assertEquals(List.of("SGD"), a.facts().stream().map(Fact::text).toList());
        assertEquals("NO-INFORMATION which hardware was used. NEAR ANSWERED Hardware named: SGD [1].",
                nearReply("/weather/", answered).text());
        // a near topic that does not answer adds nothing: the terms sentence stays
        NearFinding unanswered = new NearFinding("hardware", new Finding(Verdict.NO_INFORMATION,
                Reason.NO_MATCHING_EVIDENCE, List.of()));
        Answer b = nearReply("/weather/", unanswered);
        assertEquals("NO-INFORMATION which hardware was used. ABOUT SGD [1] and GPU [1].", b.text());
        assertEquals(List.of(), b.facts());
    }

    @Test
    void aFactAnEarlierNearTopicNamedIsNotNamedAgainWhateverItsCase() throws Exception {
        NearFinding first = new NearFinding("hardware", new Finding(Verdict.ANSWERED, Reason.DIRECT_EVIDENCE,
                List.of(evidence(0, RuleKind.DIRECT, fact("SGD", false)))));
        Fact lower = new Fact("sgd", 1, CONTEXT.indexOf("SGD"), CONTEXT.indexOf("SGD") + 3, "r", null, false, List.of());
        NearFinding again = new NearFinding("hardware", new Finding(Verdict.ANSWERED, Reason.DIRECT_EVIDENCE,
                List.of(evidence(0, RuleKind.DIRECT, lower), evidence(1, RuleKind.DIRECT, fact("GPU", false)))));
        NearFinding same = new NearFinding("hardware", new Finding(Verdict.ANSWERED, Reason.DIRECT_EVIDENCE,
                List.of(evidence(0, RuleKind.DIRECT, fact("SGD", false)))));
        Answer a = nearReply("/weather/", first, again, same);
        assertEquals("NO-INFORMATION which hardware was used. NEAR ANSWERED Hardware named: SGD [1]. ANSWERED Hardware "
                + "named: GPU [1].", a.text());
        assertEquals(List.of("SGD", "GPU"), a.facts().stream().map(Fact::text).toList());
    }

    @Test
    void aReplyWithOnlyNegatedFactsKeepsThemAndTheNearFactsAsItsFacts() throws Exception {
        NearFinding near = new NearFinding("hardware", new Finding(Verdict.ANSWERED, Reason.DIRECT_EVIDENCE,
                List.of(evidence(0, RuleKind.DIRECT, fact("SGD", false)), evidence(1, RuleKind.DIRECT,
                        fact("GPU", false)))));
        Finding negatedOnly = new Finding(Verdict.PARTIAL, Reason.NEGATED_EVIDENCE_ONLY,
                List.of(evidence(3, RuleKind.DIRECT, fact("Dropout", true))));
        Answer a = writer.write(new Prompt("Which hardware?", List.of(CONTEXT), 0, AnswerFormat.PLAIN),
                new TopicDecision(List.of("hardware"), List.of()), negatedOnly, List.of(near), document);
        assertTrue(a.text().startsWith("NO-INFORMATION which hardware was used. ONE Dropout [1] was not used. NEAR "
                + "ANSWERED Hardware named: SGD [1] and GPU [1]."), a.text());
        assertEquals(List.of("Dropout", "SGD", "GPU"), a.facts().stream().map(Fact::text).toList());
        assertTrue(a.facts().get(0).negated());
    }

    @Test
    void aNearTopicNamesAtMostMaxFactsNear() throws Exception {
        NearFinding three = new NearFinding("hardware", new Finding(Verdict.ANSWERED, Reason.DIRECT_EVIDENCE,
                List.of(evidence(0, RuleKind.DIRECT, fact("SGD", false)), evidence(1, RuleKind.DIRECT,
                        fact("GPU", false)), evidence(2, RuleKind.DIRECT, fact("weather", false)))));
        assertEquals("NO-INFORMATION which hardware was used. NEAR ANSWERED Hardware named: SGD [1] and GPU [1].",
                nearReply("/weather/", three).text());
    }

    @Test
    void anAnsweredReplyNamesNoNearTopic() throws Exception {
        NearFinding near = new NearFinding("hardware", new Finding(Verdict.ANSWERED, Reason.DIRECT_EVIDENCE,
                List.of(evidence(0, RuleKind.DIRECT, fact("SGD", false)))));
        Finding f = new Finding(Verdict.ANSWERED, Reason.DIRECT_EVIDENCE, List.of(evidence(1, RuleKind.DIRECT,
                fact("GPU", false))));
        Answer a = writer.write(new Prompt("Which hardware?", List.of(CONTEXT), 0, AnswerFormat.PLAIN),
                new TopicDecision(List.of("hardware"), List.of()), f, List.of(near), document);
        assertEquals("ANSWERED Hardware named: GPU [1].", a.text().lines().findFirst().orElse(""));
    }
}
