package org.symqa.suggest;

/**
 * A candidate term where it stands in a sentence.
 *
 * @param lemmas the term: the tokens' lemmas, lower case, joined by single spaces
 * @param words  the tokens as written, lower case, joined by single spaces
 * @param start  the first token
 * @param end    the token after the last
 */
record Gram(String lemmas, String words, int start, int end) {
    Gram {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("bad gram span " + start + ".." + end);
        }
    }

    /** True when this gram lies within tokens {@code [from, to)}. */
    boolean within(int from, int to) {
        return start >= from && end <= to;
    }
}
