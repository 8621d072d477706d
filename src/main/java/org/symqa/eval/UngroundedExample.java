package org.symqa.eval;

import java.util.List;

/**
 * An answer with ungrounded words, as the scorer shows it.
 *
 * @param id    the item id
 * @param words up to four ungrounded words
 */
public record UngroundedExample(String id, List<String> words) {
    public UngroundedExample {
        words = List.copyOf(words);
    }

    /** The scorer's line: {@code ungrounded example: ID: ['w1', 'w2']} (the words as a Python list). */
    public String line() {
        StringBuilder b = new StringBuilder("ungrounded example: ").append(id).append(": [");
        for (int i = 0; i < words.size(); i++) {
            b.append(i > 0 ? ", " : "").append(PyRepr.of(words.get(i)));
        }
        return b.append(']').toString();
    }
}
