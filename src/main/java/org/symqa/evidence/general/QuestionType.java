package org.symqa.evidence.general;

import java.util.ArrayList;
import java.util.List;
import org.symqa.rules.AnyOf;
import org.symqa.rules.FramePattern;
import org.symqa.rules.Example;
import org.symqa.rules.SentenceView;
import org.symqa.rules.Span;

/**
 * An answer type of general questions ({@code rules/general-questions.rules}): the question words that ask for it,
 * the shape of its answer and the rewrites that find that answer in a sentence.
 *
 * @param name     the type's name, e.g. {@code number}
 * @param asks     items of which the question holds one (one condition per {@code asks:} line)
 * @param frames   TokensRegex patterns of which the question matches one
 * @param not      items the question must not hold (may be null)
 * @param shape    the shape of the answer
 * @param needs    items the answer span must hold (may be null): "how long" needs a unit of time
 * @param rewrites where the answer stands in a sentence, tried in order
 * @param must     questions of this type
 * @param mustNot  questions not of this type
 * @param file     the file, as shown in messages
 * @param line     the line of {@code type NAME}
 */
public record QuestionType(String name, List<AnyOf> asks, List<FramePattern> frames, AnyOf not, AnswerShape shape,
                           AnyOf needs, List<Rewrite> rewrites, List<Example> must, List<Example> mustNot, String file,
                           int line) {
    public QuestionType {
        asks = List.copyOf(asks);
        frames = List.copyOf(frames);
        rewrites = List.copyOf(rewrites);
        must = List.copyOf(must);
        mustNot = List.copyOf(mustNot);
    }

    /** True when the type holds on every question (it has no asks lines). */
    public boolean isFallback() {
        return asks.isEmpty() && frames.isEmpty();
    }

    /** {@code file:line} of the type. */
    public String location() {
        return file + ":" + line;
    }

    /** The question words that ask for this type (empty span for the fallback), or null when it does not hold. */
    public Span asked(SentenceView question) {
        if (not != null && !not.find(question).isEmpty()) {
            return null;
        }
        if (isFallback()) {
            return new Span(0, 0);
        }
        for (AnyOf a : asks) {
            List<Span> found = a.find(question);
            if (!found.isEmpty()) {
                return found.get(0);
            }
        }
        for (FramePattern f : frames) {
            Span s = f.find(question);
            if (s != null) {
                return s;
            }
        }
        return null;
    }

    /** Every item condition of the type (asks, not, rewrite words), for the lexicon catalogue. */
    public List<AnyOf> conditions() {
        List<AnyOf> out = new ArrayList<>(asks);
        if (not != null) {
            out.add(not);
        }
        if (needs != null) {
            out.add(needs);
        }
        for (Rewrite r : rewrites) {
            for (Slot s : r.slots()) {
                if (s instanceof Slot.Words w) {
                    out.add(w.items());
                }
            }
        }
        return out;
    }

    /** The lexicons the type's frames name. */
    public List<String> frameLexicons() {
        List<String> out = new ArrayList<>();
        frames.forEach(f -> out.addAll(f.lexicons()));
        return out;
    }
}
