package org.symqa.topic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.symqa.resources.SourceException;

/** How the recognizer scores, on the small topics file of {@link TopicFixture}. */
class CueTopicRecognizerTest {

    private static List<String> topics(String question, String... header) throws SourceException {
        return TopicFixture.recognizer(header).recognise(question).topics();
    }

    private static int points(String question, String topic, String... header) throws SourceException {
        return TopicFixture.recognizer(header).recognise(question).cues().stream().filter(c -> c.topic().equals(topic))
                .mapToInt(TopicDecision.Cue::points).sum();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Which GPU?|hardware",
        "Which machine?|general",
        "Which machine for the model?|hardware",
        "Which machine did they run?|hardware",
        "Which GPU did the patient use?|general",
        "Which GPU ran the patient model?|general",
        "Which library, such as PyTorch?|general",
        "Which library for the model, such as PyTorch?|frameworks",
        "Which classification model?|purpose",
        "What does the classifier detect?|purpose",
        "Which detector model?|general",
        "What is the output of the model?|general",
        "Which classification study model?|general"})
    void decidesByPointsAgainstTheThreshold(String question, String topic) throws SourceException {
        assertEquals(List.of(topic), topics(question));
    }

    @Test
    void aQuestionExactlyAtTheThresholdIsInScope() throws SourceException {
        assertEquals(6, points("Which machine for the model?", "hardware"));
        assertEquals(List.of("hardware"), topics("Which machine for the model?", "threshold: 6", "threshold: 6"));
        assertEquals(List.of("general"), topics("Which machine for the model?", "threshold: 6", "threshold: 7"));
    }

    @Test
    void countsPointsAsTheHeaderSays() throws SourceException {
        assertEquals(6 + 3 + 3, points("Which GPU did they run the model on?", "hardware"));
        assertEquals(6 + 3 - 6, points("Which GPU did they run on the patient model?", "hardware"),
                "off-domain replaces domain");
        assertEquals(3 + 2 + 3, points("Which library for the model, such as PyTorch?", "frameworks"));
        assertEquals(3 + 1, points("Which library, such as Python?", "frameworks"));
    }

    @Test
    void aWordIsEvidenceForOneLineOnly() throws SourceException {
        assertEquals(3 + 3, points("Which classification model?", "purpose"),
                "'classification' holds for the 'classify' and the 'classification' line, and counts once");
        assertEquals(3 + 3 + 3, points("Which classification to classify the model?", "purpose"),
                "two words of one family hold two lines");
        assertEquals(3 + 3 + 3, points("Which classification did they detect with the model?", "purpose"));
        assertEquals(6 + 3, points("Which network model for the GPU?", "hardware"), "the domain counts once");
        assertEquals(3 + 3, points("What does the classifier classify?", "purpose"),
                "the line takes 'classify', so that the domain word 'classifier' counts too");
        assertEquals(3, points("What does the classifier do?", "purpose"), "'classifier' is a cue or the domain");
    }

    @Test
    void namesASecondTopicWithAKeyOfItsOwnAndEnoughPoints() throws SourceException {
        assertEquals(List.of("hardware", "frameworks"), topics("Which GPU and which PyTorch version?"));
        assertEquals(List.of("frameworks", "hardware"), topics("Which PyTorch and which GPU version?"));
        assertEquals(List.of("hardware"), topics("Which GPU machine and which PyTorch?"), "6 is below 75% of 9");
        assertEquals(List.of("hardware", "frameworks"),
                topics("Which GPU machine and which PyTorch?", "second-topic-percent: 75", "second-topic-percent: 66"));
        assertEquals(List.of("hardware", "frameworks"),
                topics("Which GPU machine and which PyTorch?", "cue-points: 3", "cue-points: 2"), "6 is 75% of 8");
        assertEquals(List.of("hardware", "frameworks"), topics("Which GPU model and which PyTorch model?"),
                "the share is of the topics' own points, domain aside");
        assertEquals(List.of("frameworks"), topics("Which library for the model, such as GPU?"),
                "a key inside the examples does not ask for a second topic");
    }

    @Test
    void tiesGoToMoreLinesThenToTheFirstKey() throws SourceException {
        assertEquals(List.of("hardware", "frameworks"), topics("Which machine did they run with PyTorch?"));
    }

    @Test
    void aNounOfAnotherFieldRaisesTheBarByTheForeignPoints() throws SourceException {
        String[] foreign = {"off-domain: patient", "off-domain: patient\nforeign-points: 3\nforeign-tags: NNS\nknown: \"authors\""};
        assertEquals(List.of("hardware"), topics("Which GPU did the rangers use?"), "no test without foreign-points");
        assertEquals(6 - 3, points("Which GPU did the rangers use?", "hardware", foreign));
        assertEquals(List.of("general"), topics("Which GPU did the rangers use?", foreign));
        assertEquals(List.of("hardware"), topics("Which GPU did the authors use?", foreign), "a known: word");
        assertEquals(List.of("hardware"), topics("Which GPU machine did the rangers use?", foreign), "6 + 3 - 3");
        assertEquals(6 + 3, points("Which GPU did the rangers use for the model?", "hardware", foreign),
                "the domain instead");
        assertEquals(6 - 6, points("Which GPU did the rangers use for the patient?", "hardware", foreign),
                "off-domain instead");
        assertEquals(List.of("hardware"), topics("Which GPU, such as rangers?", foreign), "nouns in the examples");
        assertEquals(List.of("hardware"), topics("Which GPU for the pythons?", foreign), "a word of a topic line");
        assertEquals(List.of("general"), topics("Rangers use which GPU?", foreign), "a foreign noun that opens it");
    }

    @Test
    void aDataNounMakesTheOtherNounsItsSubject() throws SourceException {
        String foreign = "off-domain: patient\nforeign-points: 3\nforeign-tags: NNS\ndata-noun: \"photo\"";
        assertEquals(List.of("general"), topics("Which GPU for the rangers videos?", "off-domain: patient", foreign));
        assertEquals(List.of("hardware"), topics("Which GPU for the rangers photos?", "off-domain: patient", foreign));
        assertEquals(List.of("general"), topics("Which GPU did the rangers photo?", "off-domain: patient", foreign),
                "a data word counts as a noun only (the fixture tags no word of three letters or fewer, no word "
                        + "without a final s)");
        assertEquals(List.of("general"), topics("Which GPU for the rangers, such as photos?", "off-domain: patient",
                foreign), "a data noun in the examples does not count");
    }

    @Test
    void theExplanationNamesTheForeignNounTestWithTheHeadersLabel() throws SourceException {
        String test = "off-domain: patient\nforeign-points: 3\nforeign-tags: NNS";
        assertEquals(List.of("foreign-points: noun of another field 'rangers' -3"),
                foreignCues("off-domain: patient", test + "\nforeign-label: noun of another field"));
        assertEquals(List.of("foreign-points 'rangers' -3"), foreignCues("off-domain: patient", test),
                "without a label, the key alone");
        assertEquals("topics.rules:14:1: 'foreign-label:' given twice",
                error("off-domain: patient", test + "\nforeign-label: a\nforeign-label: b"));
    }

    private static List<String> foreignCues(String from, String to) throws SourceException {
        return TopicFixture.recognizer(from, to).recognise("Which GPU did the rangers use?").cues().stream()
                .filter(c -> c.item().startsWith("foreign-points"))
                .map(c -> c.item() + " '" + c.words() + "' " + c.points()).toList();
    }

    @Test
    void foreignPointsNeedTheirTags() {
        assertEquals("topics.rules:11:17: foreign-points needs a 'foreign-tags:' line (the tags of the words tested)",
                error("off-domain: patient", "off-domain: patient\nforeign-points: 3"));
    }

    @Test
    void theHeaderIsCheckedWithItsPlace() {
        assertEquals("topics.rules:1:1: missing header line 'threshold: N'", error("threshold: 6\n", ""));
        assertEquals("topics.rules:7:1: unknown header key 'treshold' (expected key-points, cue-points, "
                + "key-points-in-examples, cue-points-in-examples, domain-points, off-domain-points, threshold, "
                + "second-topic-percent, domain, off-domain, example-end-tags, foreign-points, foreign-tags, known, data-noun, "
                + "foreign-label, second-word-points)",
                error("threshold: 6", "treshold: 6"));
        assertEquals("topics.rules:7:12: threshold is not a whole number >= 0: six", error("threshold: 6", "threshold: six"));
        assertEquals("topics.rules:7:12: threshold must be at least 1", error("threshold: 6", "threshold: 0"));
        assertEquals("topics.rules:8:23: second-topic-percent is above 100: 101",
                error("second-topic-percent: 75", "second-topic-percent: 101"));
        assertEquals("topics.rules:7:1: 'cue-points:' given twice", error("threshold: 6", "cue-points: 2"));
        assertEquals("topics.rules:9:9: unknown lexicon 'nowhere' (no lexicons/nowhere.txt)",
                error("domain: model", "domain: @nowhere"));
    }

    /** The fixture with a cue line of two words and the given second-word points. */
    private static TopicDecision secondWord(String question, int points) throws SourceException {
        String topics = TopicFixture.HEADER + "second-word-points: " + points + "\n"
                + TopicFixture.TOPICS.replace("cue: machine", "cue: machine | server");
        return new CueTopicRecognizer(TopicFixture.catalog(topics), TopicFixture.views()).recognise(question);
    }

    @Test
    void aCueLineHoldingOnASecondWordScoresTheSecondWordPoints() throws SourceException {
        assertEquals(List.of("hardware"), secondWord("Which machine or server?", 3).topics(), "3 + 3 reach 6");
        assertEquals(List.of("general"), secondWord("Which machine or server?", 2).topics(), "3 + 2 stay below 6");
        assertEquals(List.of("general"), secondWord("Which machine or server?", 0).topics());
        assertEquals("second word: machine | server", secondWord("Which machine or server?", 3).cues().get(1).item());
        assertEquals("server", secondWord("Which machine or server?", 3).cues().get(1).words());
    }

    @Test
    void theSecondWordIsAnotherWordOutsideTheExamples() throws SourceException {
        assertEquals(List.of("general"), secondWord("Which machine or machine?", 3).topics(), "the same word twice");
        assertEquals(List.of("general"), secondWord("Which machine, such as a server?", 3).topics(),
                "the second word inside the examples");
        assertEquals(1, secondWord("Which library, such as a machine or server?", 3).cues().stream()
                .filter(c -> c.topic().equals("hardware")).count(), "a line taken inside the examples scores no second word");
    }

    private static String error(String from, String to) {
        return assertThrows(SourceException.class,
                () -> TopicFixture.catalog(TopicFixture.HEADER.replace(from, to) + TopicFixture.TOPICS)).getMessage();
    }

    @Test
    void anUnlessItemKeepsInATopicThatANotItemRulesOut() throws SourceException {
        String topics = TopicFixture.HEADER + TopicFixture.TOPICS.replace("not: study", "not: study\n  unless: \"case study\"");
        CueTopicRecognizer r = new CueTopicRecognizer(TopicFixture.catalog(topics), TopicFixture.views());
        assertEquals(List.of("general"), r.recognise("Which classification study model?").topics(), "not: holds alone");
        assertEquals(List.of("purpose"), r.recognise("Which classification case study model?").topics(),
                "not: and unless: hold");
        assertEquals(List.of("general"), topics("Which classification case study model?"), "without the unless: line");
        assertEquals(List.of("purpose"), r.recognise("Which classification model?").topics(), "neither holds");
        String two = TopicFixture.HEADER + TopicFixture.TOPICS.replace("not: study",
                "not: study\n  unless: \"case study\"\n  not: thesis");
        CueTopicRecognizer r2 = new CueTopicRecognizer(TopicFixture.catalog(two), TopicFixture.views());
        assertEquals(List.of("general"), r2.recognise("Which classification case study thesis model?").topics(),
                "an unless: line waives only the not: line above it");
        assertEquals(List.of("purpose"), r2.recognise("Which classification case study model?").topics());
    }

    @Test
    void anUnlessLineNeedsANotLine() {
        SourceException e = assertThrows(SourceException.class, () -> TopicFixture.catalog(TopicFixture.HEADER
                + TopicFixture.TOPICS.replace("  not: study\n", "  unless: study\n")));
        assertEquals("topics.rules:34:3: 'unless:' must come right after the 'not:' line it waives (the line above is "
                + "'need:')", e.getMessage());
    }
}
