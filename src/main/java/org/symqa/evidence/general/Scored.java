package org.symqa.evidence.general;

import org.symqa.nlp.Chunk;
import org.symqa.nlp.Sentence;
import org.symqa.rules.SentenceView;
import org.symqa.rules.Span;

/**
 * One sentence of the context as ranked for a general question.
 *
 * @param chunk    its chunk
 * @param sentence the tagged sentence
 * @param view     the sentence with its lexicon hits
 * @param order    its position in the context (ties in score keep context order)
 * @param coverage the weighted share of the question's words it holds
 * @param score    its ranking score
 * @param span     the answer span it holds (for a yes/no question the words that decide), or null
 * @param phrase   the answer as a phrase: the span's words in lower case, or the yes/no reply; null without a span
 * @param reply    for a yes/no question, what the sentence replies; null otherwise
 * @param rewrite  the rewrite that found the span, or null
 */
record Scored(Chunk chunk, Sentence sentence, SentenceView view, int order, double coverage, double score, Span span,
              String phrase, PolarReader.Reply reply, Rewrite rewrite) {

    /** True when the sentence gives an answer of the question's type. */
    boolean answers() {
        return span != null;
    }
}
