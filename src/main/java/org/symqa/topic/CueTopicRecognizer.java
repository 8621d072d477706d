package org.symqa.topic;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import org.symqa.rules.AnyOf;
import org.symqa.rules.SentenceView;
import org.symqa.rules.Span;

/**
 * Recognises the topics of a question by the words of {@code rules/topics.rules}, scored as the file's header says
 * ({@link TopicScoring}). Each {@code key:} and {@code cue:} line of a topic that holds in the question adds its
 * points (fewer when it holds only inside the question's examples, "(e.g., ...)", "such as ..."), and a cue line
 * that holds on a second word outside them the second-word points more; a topic word
 * also holds for the words of its family, and a question word counts for one line only. A topic with points gets
 * the domain points too when the question names the deep-learning pipeline (a {@code domain:} line holds on other
 * words), or loses the off-domain points instead when it names the subjects or methods of another field (an
 * {@code off-domain:} line holds); with neither, it loses the foreign points when a noun of the question stands in
 * no line and no lexicon ({@link ForeignNouns}). A topic is ruled out when an item of one of its {@code not:} lines
 * stands outside the examples and no item of the {@code unless:} line right after that line does, or when one of its
 * {@code need:} lines does not hold there.
 *
 * <p>Out of scope: the best topic wins only when it reaches the threshold, else the question is {@code general}.
 * A second topic joins it when it has a key of its own outside the examples, reaches the threshold and scores at
 * least the second-topic share of the best's own points (domain points aside). Ties go to the topic with more lines that hold, then to the one whose
 * key stands first in the question, then to the one first in the file.
 */
public final class CueTopicRecognizer implements TopicRecognizer {
    static final String EXAMPLE_MARKERS = Examples.MARKERS;

    private final TopicCatalog catalog;
    private final TopicScoring scoring;
    private final Function<String, SentenceView> views;
    /** Every key, cue, need and not line of the topics: the words a foreign noun is not. */
    private final List<AnyOf> lines;

    /**
     * @param catalog the topics and their scoring
     * @param views   turns a question into one annotated sentence with lexicon hits
     */
    public CueTopicRecognizer(TopicCatalog catalog, Function<String, SentenceView> views) {
        this.catalog = catalog;
        this.scoring = catalog.scoring();
        this.views = views;
        List<AnyOf> all = new ArrayList<>();
        for (Topic t : catalog.topics()) {
            all.addAll(t.keys());
            all.addAll(t.cues());
            all.addAll(t.need());
            all.addAll(t.exclusionLines());
        }
        this.lines = List.copyOf(all); // no domain line: the test runs only when none holds
    }

    @Override
    public TopicDecision recognise(String question) {
        QuestionWords q = new QuestionWords(views.apply(question), scoring.families());
        Examples examples = Examples.of(q.question(), scoring.exampleEndTags());
        List<TopicScore.Context> context = context(q, examples, scoring.offDomain(), "off-domain: ",
                -scoring.offDomainPoints());
        if (context.isEmpty()) {
            context = context(q, examples, scoring.domain(), "domain: ", scoring.domainPoints());
        }
        if (context.isEmpty()) {
            int foreign = scoring.foreign().find(q, examples, lines);
            if (foreign >= 0) {
                context = List.of(new TopicScore.Context(scoring.foreign().item(),
                        new Span(foreign, foreign + 1), -scoring.foreign().points()));
            }
        }
        List<TopicDecision.Cue> cues = new ArrayList<>();
        List<TopicScore> scored = new ArrayList<>();
        for (Topic t : catalog.topics()) {
            if (ruledOut(t, q, examples)
                    || t.need().stream().anyMatch(n -> q.find(n).stream().noneMatch(examples::outside))) {
                continue;
            }
            TopicScore score = new TopicScore(t.id(), q, examples, context);
            t.keys().forEach(k -> score.add(k, scoring.keyPoints(), scoring.keyPointsInExamples(), 0, true));
            t.cues().forEach(c -> score.add(c, scoring.cuePoints(), scoring.cuePointsInExamples(),
                    scoring.secondWordPoints(), false));
            if (score.own() > 0) {
                score.context(context);
                scored.add(score);
                cues.addAll(score.cues());
            }
        }
        return new TopicDecision(choose(scored), cues);
    }

    /**
     * Whether an item of a {@code not:} line of the topic stands in the question (outside its examples) and no item of
     * the {@code unless:} line that waives that line does.
     */
    private static boolean ruledOut(Topic t, QuestionWords q, Examples examples) {
        for (Topic.Exclusion x : t.exclusions()) {
            if (q.find(x.not()).stream().anyMatch(examples::outside)
                    && (x.unless() == null || q.find(x.unless()).stream().noneMatch(examples::outside))) {
                return true;
            }
        }
        return false;
    }

    /** The best topic when it reaches the threshold, and a second one that asks for its own; else general. */
    private List<String> choose(List<TopicScore> scored) {
        scored.sort(Comparator.comparingInt(TopicScore::score).reversed()
                .thenComparing(Comparator.comparingInt(TopicScore::lines).reversed())
                .thenComparingInt(TopicScore::firstKey));
        List<String> topics = new ArrayList<>();
        if (scored.isEmpty() || scored.get(0).score() < scoring.threshold()) {
            topics.add(TopicCatalog.GENERAL);
            return topics;
        }
        TopicScore best = scored.get(0);
        topics.add(best.topic());
        for (TopicScore s : scored.subList(1, scored.size())) {
            if (s.mainKey() && s.score() >= scoring.threshold()
                    && 100 * s.own() >= scoring.secondTopicPercent() * best.own()) {
                topics.add(s.topic());
            }
        }
        return topics;
    }

    /** Where the header lines hold outside the examples, line by line. */
    private static List<TopicScore.Context> context(QuestionWords q, Examples examples, List<AnyOf> lines,
                                                    String label, int points) {
        List<TopicScore.Context> out = new ArrayList<>();
        for (AnyOf line : lines) {
            for (Span s : q.find(line)) {
                if (examples.outside(s)) {
                    out.add(new TopicScore.Context(label + line, s, points));
                }
            }
        }
        return out;
    }
}
