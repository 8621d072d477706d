package org.symqa.nlp;

import java.util.List;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * The sentences of a chunk, split at once and tagged one by one on first request; thread-safe.
 *
 * <p>Tagging is a pure function of the split sentence, so a sentence tagged twice by racing threads is the same
 * either way and the first stored copy is kept.
 */
public final class Sentences {
    private final List<Sentence> split;
    private final UnaryOperator<Sentence> tagger;
    private final AtomicReferenceArray<Sentence> tagged;
    private final AtomicReferenceArray<Object>[] memos;

    /** How many derived values each sentence can keep ({@link #memo}). */
    public static final int SLOTS = 3;

    /** Split sentences that {@code tagger} tags on demand. */
    public Sentences(List<Sentence> split, UnaryOperator<Sentence> tagger) {
        this.split = List.copyOf(split);
        this.tagger = tagger;
        this.tagged = new AtomicReferenceArray<>(this.split.size());
        @SuppressWarnings("unchecked")
        AtomicReferenceArray<Object>[] m = new AtomicReferenceArray[SLOTS];
        for (int k = 0; k < SLOTS; k++) {
            m[k] = new AtomicReferenceArray<>(this.split.size());
        }
        this.memos = m;
    }

    /** Sentences that are already tagged. */
    public static Sentences ofTagged(List<Sentence> tagged) {
        Sentences s = new Sentences(tagged, UnaryOperator.identity());
        for (int i = 0; i < s.split.size(); i++) {
            s.tagged.set(i, s.split.get(i));
        }
        return s;
    }

    /** The split sentences: words and offsets only (lemma and POS may be empty). */
    public List<Sentence> split() {
        return split;
    }

    /** Sentence {@code i}, tagged and lemmatised. */
    public Sentence tagged(int i) {
        Sentence s = tagged.get(i);
        if (s == null) {
            s = tagger.apply(split.get(i));
            if (!tagged.compareAndSet(i, null, s)) {
                s = tagged.get(i);
            }
        }
        return s;
    }

    /**
     * A value derived from sentence {@code i} (by a pure function), made once and kept with the sentences so that
     * every question about the chunk shares it. Each slot holds one kind of value; callers own their slot number.
     */
    @SuppressWarnings("unchecked")
    public <T> T memo(int slot, int i, Supplier<T> make) {
        Object v = memos[slot].get(i);
        if (v == null) {
            v = make.get();
            if (!memos[slot].compareAndSet(i, null, v)) {
                v = memos[slot].get(i);
            }
        }
        return (T) v;
    }

    /** How many sentences have been tagged so far. */
    public int taggedCount() {
        int n = 0;
        for (int i = 0; i < tagged.length(); i++) {
            if (tagged.get(i) != null) {
                n++;
            }
        }
        return n;
    }
}
