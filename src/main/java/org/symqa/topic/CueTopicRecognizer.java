package org.symqa.topic;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.symqa.lexicon.TermHit;
import org.symqa.rules.AnyOf;
import org.symqa.rules.SentenceView;
import org.symqa.rules.Span;

/**
 * Recognises topics by the cues of {@code rules/topics.rules}: each {@code key:} line that holds in the question
 * scores 3 points, each {@code cue:} line 1 point; a line that holds only inside the question's examples
 * ("(e.g., ...)", "such as ...") scores a third as much. The best topic wins when it reaches 3 points; a second
 * topic joins it when it has a key of its own outside the examples and scores at least three quarters as much.
 * Ties go to the topic whose key stands first in the question.
 */
public final class CueTopicRecognizer implements TopicRecognizer {
    static final String EXAMPLE_MARKERS = "example-markers";
    private static final int KEY = 9;
    private static final int CUE = 3;
    private static final int KEY_IN_EXAMPLES = 3;
    private static final int CUE_IN_EXAMPLES = 1;
    private static final int THRESHOLD = 9;

    private final TopicCatalog catalog;
    private final Function<String, SentenceView> views;

    /**
     * @param catalog the topics
     * @param views   turns a question into one annotated sentence with lexicon hits
     */
    public CueTopicRecognizer(TopicCatalog catalog, Function<String, SentenceView> views) {
        this.catalog = catalog;
        this.views = views;
    }

    @Override
    public TopicDecision recognise(String question) {
        SentenceView q = views.apply(question);
        int examplesFrom = examplesStart(q);
        List<TopicDecision.Cue> cues = new ArrayList<>();
        List<Scored> scored = new ArrayList<>();
        for (Topic t : catalog.topics()) {
            if (t.not() != null && t.not().find(q).stream().anyMatch(s -> s.start() < examplesFrom)) {
                continue;
            }
            int score = 0;
            boolean mainKey = false;
            int firstKey = Integer.MAX_VALUE;
            List<TopicDecision.Cue> mine = new ArrayList<>();
            for (AnyOf key : t.keys()) {
                int p = points(q, key, examplesFrom, KEY, KEY_IN_EXAMPLES, t.id(), mine);
                mainKey |= p == KEY;
                if (p > 0) {
                    firstKey = Math.min(firstKey, key.find(q).stream().mapToInt(Span::start).min().orElse(firstKey));
                }
                score += p;
            }
            for (AnyOf cue : t.cues()) {
                score += points(q, cue, examplesFrom, CUE, CUE_IN_EXAMPLES, t.id(), mine);
            }
            if (score > 0) {
                scored.add(new Scored(t.id(), score, mainKey, firstKey));
                cues.addAll(mine);
            }
        }
        scored.sort((a, b) -> a.score != b.score ? Integer.compare(b.score, a.score) : Integer.compare(a.firstKey, b.firstKey));
        List<String> topics = new ArrayList<>();
        if (!scored.isEmpty() && scored.get(0).score >= THRESHOLD) {
            Scored best = scored.get(0);
            topics.add(best.id);
            for (Scored s : scored.subList(1, scored.size())) {
                if (s.mainKey && s.score >= THRESHOLD && 4 * s.score >= 3 * best.score) {
                    topics.add(s.id);
                }
            }
        } else {
            topics.add(TopicCatalog.GENERAL);
        }
        return new TopicDecision(topics, cues);
    }

    private static int points(SentenceView q, AnyOf line, int examplesFrom, int full, int inExamples, String topic,
                              List<TopicDecision.Cue> out) {
        List<Span> found = line.find(q);
        if (found.isEmpty()) {
            return 0;
        }
        boolean main = found.stream().anyMatch(s -> s.start() < examplesFrom);
        Span shown = found.stream().filter(s -> !main || s.start() < examplesFrom).findFirst().orElseThrow();
        int p = main ? full : inExamples;
        out.add(new TopicDecision.Cue(topic, line.toString(), words(q, shown), p));
        return p;
    }

    private static String words(SentenceView q, Span s) {
        return q.tokens().subList(s.start(), s.end()).stream().map(t -> t.word()).collect(Collectors.joining(" "));
    }

    /** The first token of the question's examples, or the token count when it gives none. */
    private static int examplesStart(SentenceView q) {
        int at = q.tokens().size();
        for (TermHit h : q.hits(EXAMPLE_MARKERS)) {
            at = Math.min(at, h.start());
        }
        return at;
    }

    private record Scored(String id, int score, boolean mainKey, int firstKey) {
    }
}
