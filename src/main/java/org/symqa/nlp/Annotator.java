package org.symqa.nlp;

import java.util.ArrayList;
import java.util.List;

/**
 * An NLP backend: splits text into sentences of tokens, then tags and lemmatises them.
 *
 * <p>The two stages are separate so that callers can tag only the sentences they need: {@link #split} gives
 * words and offsets (lemma and POS empty), {@link #tag} fills in lemma and POS of one split sentence, and
 * {@link #possibleLemmas} tells, without tagging, every lemma a word could receive.
 */
public interface Annotator {
    /** Sentences of the text, with tokens carrying word, lemma, POS and offsets into {@code text}. */
    default List<Sentence> annotate(String text) {
        List<Sentence> out = new ArrayList<>();
        for (Sentence s : split(text)) {
            out.add(tag(s));
        }
        return out;
    }

    /** Sentences of the text, tokenised but not tagged: tokens carry word and offsets, empty lemma and POS. */
    List<Sentence> split(String text);

    /** The sentence with lemma and POS of every token filled in; words, offsets and index unchanged. */
    Sentence tag(Sentence split);

    /** Every lemma {@link #tag} could give the word, whatever its tag (the word itself included). */
    List<String> possibleLemmas(String word);

    /** Starts loading models in the background, so that they are ready when first needed (no-op by default). */
    default void preload() {
    }

    /** Waits until the models {@link #preload()} started are loaded (no-op by default). */
    default void awaitModels() {
    }

    /** The files of data the backend was built from, name as shown in messages -> text (none by default). */
    default java.util.Map<String, String> dataFiles() {
        return java.util.Map.of();
    }

    /** The words of a short text (a lexicon term, a question), tokenised as {@link #annotate} would. */
    List<String> tokenize(String text);
}
