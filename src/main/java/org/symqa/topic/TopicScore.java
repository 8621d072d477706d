package org.symqa.topic;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.symqa.nlp.Token;
import org.symqa.rules.AnyOf;
import org.symqa.rules.Span;

/**
 * The score of one topic for one question, built line by line: a line holds on a question word (or phrase) that no
 * earlier line of the topic took, and takes it, so that one word is evidence once ("recorded" is not a verb, a
 * device and a data word at once); a line takes a word outside the question's examples before one inside, and one
 * that is not a domain word before one that is. The domain counts on a word no line took.
 */
final class TopicScore {
    /**
     * A sign of the question's field found in the question (outside its examples): a {@code domain:} or
     * {@code off-domain:} line of the topics file header, or a foreign noun.
     *
     * @param item the sign as the explanation shows it, e.g. {@code domain: model | network}
     */
    record Context(String item, Span span, int points) {
    }

    /** How the explanation marks the second word a line held on. */
    static final String SECOND_WORD = "second word: ";
    private final String topic;
    private final QuestionWords question;
    private final Examples examples;
    private final boolean[] taken;
    private final boolean[] domain;
    private final List<TopicDecision.Cue> cues = new ArrayList<>();
    private int own;
    private int context;
    private int lines;
    private boolean mainKey;
    private int firstKey = Integer.MAX_VALUE;

    /** @param context the header lines found in the question, whose words a line takes last */
    TopicScore(String topic, QuestionWords question, Examples examples, List<Context> context) {
        this.topic = topic;
        this.question = question;
        this.examples = examples;
        this.taken = new boolean[question.question().tokens().size()];
        this.domain = new boolean[taken.length];
        for (Context c : context) {
            for (int i = c.span().start(); i < c.span().end(); i++) {
                domain[i] = true;
            }
        }
    }

    /**
     * Adds the points of a key or cue line when it holds on free words: {@code full}, or {@code inExamples}; and
     * {@code second} more when the line holds outside the examples on another free word too, which it then takes.
     */
    void add(AnyOf line, int full, int inExamples, int second, boolean key) {
        List<Span> free = question.find(line).stream().filter(this::free)
                .sorted(Comparator.comparingInt((Span s) -> examples.outside(s) ? 0 : 1)
                        .thenComparingInt(s -> onDomain(s) ? 1 : 0).thenComparingInt(Span::start))
                .toList();
        if (free.isEmpty()) {
            return;
        }
        Span took = free.get(0);
        boolean main = examples.outside(took);
        int p = main ? full : inExamples;
        take(took);
        own += p;
        lines++;
        if (key) {
            mainKey |= main;
            firstKey = Math.min(firstKey, took.start());
        }
        cues.add(new TopicDecision.Cue(topic, line.toString(), words(took), p));
        if (main && second > 0) {
            free.stream().filter(s -> examples.outside(s) && free(s) && !lemmas(s).equals(lemmas(took)))
                    .findFirst().ifPresent(s -> {
                        take(s);
                        own += second;
                        cues.add(new TopicDecision.Cue(topic, SECOND_WORD + line, words(s), second));
                    });
        }
    }

    private void take(Span s) {
        for (int i = s.start(); i < s.end(); i++) {
            taken[i] = true;
        }
    }

    /** Adds the points of the first context line found on words the topic's lines did not take. */
    void context(List<Context> found) {
        for (Context c : found) {
            if (free(c.span())) {
                context = c.points();
                cues.add(new TopicDecision.Cue(topic, c.item(), words(c.span()), c.points()));
                return;
            }
        }
    }

    private boolean onDomain(Span s) {
        for (int i = s.start(); i < s.end(); i++) {
            if (domain[i]) {
                return true;
            }
        }
        return false;
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
        return join(s, Token::word);
    }

    private String lemmas(Span s) {
        return join(s, t -> t.lemma().toLowerCase(Locale.ROOT));
    }

    private String join(Span s, Function<Token, String> form) {
        return question.question().tokens().subList(s.start(), s.end()).stream().map(form)
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
