package org.symqa.topic;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.symqa.lexicon.TermHit;
import org.symqa.nlp.Token;
import org.symqa.rules.AnyOf;
import org.symqa.rules.Span;

/**
 * The test for a question about another field's subject: a noun that no line of the topics file and no lexicon
 * term of the rules holds ("How were the lizards labelled?", "Did the wardens augment the water supply?") shows
 * that a topic word in the question is used in its everyday sense, so that one topic word alone is not enough.
 * Set by the {@code foreign-points:}, {@code foreign-tags:}, {@code known:}, {@code data-noun:} and
 * {@code foreign-label:} header lines of {@code rules/topics.rules}.
 *
 * @param points points taken from every topic with points when the question holds a foreign noun and neither a
 *               {@code domain:} nor an {@code off-domain:} line (0 turns the test off)
 * @param tags   the part-of-speech tags of the words tested (nouns)
 * @param known  lines of the words any question about a study's methods may hold, whatever its field
 * @param data   lines of the nouns that name data a network takes in ("images", "recordings"): with one of them,
 *               the other nouns name what the data show ("the elephant photos"), and no noun is foreign
 * @param label  what the explanation says after {@code foreign-points:} when the test takes points ("" for
 *               nothing)
 */
public record ForeignNouns(int points, Set<String> tags, List<AnyOf> known, List<AnyOf> data, String label) {
    /** No test: no question loses points. */
    public static final ForeignNouns NONE = new ForeignNouns(0, Set.of(), List.of(), List.of(), "");
    private static final String KEY = "foreign-points";

    public ForeignNouns {
        Objects.requireNonNull(label, "label");
        tags = Set.copyOf(tags);
        known = List.copyOf(known);
        data = List.copyOf(data);
        if (points < 0) {
            throw new IllegalArgumentException("foreign-points must not be negative");
        }
        if (points > 0 && tags.isEmpty()) {
            throw new IllegalArgumentException("foreign-points needs foreign-tags: the tags of the words tested");
        }
    }

    /** The test as the explanation names it: {@code foreign-points}, then {@code : label} when there is a label. */
    String item() {
        return label.isEmpty() ? KEY : KEY + ": " + label;
    }

    /**
     * The first foreign noun outside the question's examples, or -1: a word of the tested tags that no line of
     * {@code lines} (the topics' own lines), no {@code known:} line and no lexicon hit holds; -1
     * too when a data noun stands outside the examples, as a noun (its last word has a tested tag: "the calls", not
     * "they called").
     */
    int find(QuestionWords q, Examples examples, List<AnyOf> lines) {
        List<Token> tokens = q.question().tokens();
        if (points == 0 || data.stream().anyMatch(d -> q.find(d).stream()
                .anyMatch(s -> examples.outside(s) && tags.contains(tokens.get(s.end() - 1).pos())))) {
            return -1;
        }
        boolean[] held = new boolean[tokens.size()];
        for (TermHit h : q.question().hits()) {
            mark(held, new Span(h.start(), h.end()));
        }
        for (List<AnyOf> group : List.of(lines, known)) {
            for (AnyOf line : group) {
                q.find(line).forEach(s -> mark(held, s));
            }
        }
        for (int i = 0; i < tokens.size(); i++) {
            if (!held[i] && tags.contains(tokens.get(i).pos()) && examples.outside(new Span(i, i + 1))) {
                return i;
            }
        }
        return -1;
    }

    private static void mark(boolean[] held, Span s) {
        for (int i = s.start(); i < s.end(); i++) {
            held[i] = true;
        }
    }
}
