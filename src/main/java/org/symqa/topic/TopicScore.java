package org.symqa.topic;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.symqa.rules.AnyOf;
import org.symqa.rules.Span;

/**
 * The score of one topic for one question, built line by line: a line holds on question words that no earlier line
 * of the topic took, so that one word is evidence once ("recorded" is not a verb, a device and a data word at
 * once), and the domain words count only when they are not the topic's own words.
 */
final class TopicScore {
    /** A line of the topics file header found in the question (outside its examples). */
    record Context(AnyOf line, String label, Span span, int points) {
    }

    private final String topic;
    private final QuestionWords question;
    private final int examplesFrom;
    private final boolean[] taken;
    private final List<TopicDecision.Cue> cues = new ArrayList<>();
    private int own;
    private int context;
    private int lines;
    private boolean mainKey;
    private int firstKey = Integer.MAX_VALUE;

    TopicScore(String topic, QuestionWords question, int examplesFrom) {
        this.topic = topic;
        this.question = question;
        this.examplesFrom = examplesFrom;
        this.taken = new boolean[question.question().tokens().size()];
    }

    /** Adds the points of a key or cue line when it holds on free words: {@code full}, or {@code inExamples}. */
    void add(AnyOf line, int full, int inExamples, boolean key) {
        List<Span> free = question.find(line).stream().filter(this::free).toList();
        if (free.isEmpty()) {
            return;
        }
        boolean main = free.stream().anyMatch(s -> s.start() < examplesFrom);
        Span shown = free.stream().filter(s -> !main || s.start() < examplesFrom).findFirst().orElseThrow();
        int p = main ? full : inExamples;
        for (Span s : free) {
            for (int i = s.start(); i < s.end(); i++) {
                taken[i] = true;
            }
        }
        own += p;
        lines++;
        if (key) {
            mainKey |= main;
            firstKey = Math.min(firstKey, free.stream().mapToInt(Span::start).min().orElseThrow());
        }
        cues.add(new TopicDecision.Cue(topic, line.toString(), words(shown), p));
    }

    /** Adds the points of the first context line found on words the topic's lines did not take. */
    void context(List<Context> found) {
        for (Context c : found) {
            if (free(c.span())) {
                context = c.points();
                cues.add(new TopicDecision.Cue(topic, c.label() + c.line(), words(c.span()), c.points()));
                return;
            }
        }
    }

    private boolean free(Span s) {
        for (int i = s.start(); i < s.end(); i++) {
            if (taken[i]) {
                return false;
            }
        }
        return true;
    }

    private String words(Span s) {
        return question.question().tokens().subList(s.start(), s.end()).stream().map(t -> t.word())
                .collect(Collectors.joining(" "));
    }

    String topic() {
        return topic;
    }

    /** The points of the topic's own lines and of the context. */
    int score() {
        return own + context;
    }

    /** The points of the topic's own key and cue lines. */
    int own() {
        return own;
    }

    /** How many key and cue lines held. */
    int lines() {
        return lines;
    }

    /** True when a key line held outside the question's examples. */
    boolean mainKey() {
        return mainKey;
    }

    /** The first token of a key, or {@code Integer.MAX_VALUE} when no key held. */
    int firstKey() {
        return firstKey;
    }

    List<TopicDecision.Cue> cues() {
        return cues;
    }
}
