package org.symqa.nlp;

import java.util.List;

/** An NLP backend: splits text into sentences of tagged, lemmatised tokens. */
public interface Annotator {
    /** Sentences of the text, with tokens carrying word, lemma, POS and offsets into {@code text}. */
    List<Sentence> annotate(String text);

    /** The words of a short text (a lexicon term, a question), tokenised as {@link #annotate} would. */
    List<String> tokenize(String text);
}
