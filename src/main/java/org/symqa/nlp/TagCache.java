package org.symqa.nlp;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An annotator that remembers the tags and lemmas of the sentences it tagged last, so that a sentence met again
 * (the chunks of one paper overlap, so one sentence comes in several chunks) is tagged once; thread-safe.
 *
 * <p>Tagging is a pure function of a sentence's words, so the cache is keyed by them; offsets, text and index
 * always come from the sentence being tagged, only tags and lemmas are reused, and a hit gives the sentence a miss
 * would. It keeps the {@code capacity} sentences used last (LRU). Everything else goes to the wrapped backend.
 */
public final class TagCache implements Annotator {
    /** Sentences kept by {@link #of}: a few papers' worth of tagged sentences, well under 10 MB. */
    public static final int DEFAULT_CAPACITY = 2048;

    private final Annotator backend;
    private final Map<List<String>, Tagging> tagged;

    /** The tags and lemmas of one sentence's tokens, in order. */
    private record Tagging(String[] tags, String[] lemmas) {
    }

    /** A cache of the last {@code capacity} (at least 1) sentences that {@code backend} tagged. */
    public TagCache(Annotator backend, int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("a tag cache must hold at least 1 sentence, got " + capacity);
        }
        this.backend = backend;
        this.tagged = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<List<String>, Tagging> eldest) {
                return size() > capacity;
            }
        };
    }

    /** The backend with a cache of {@link #DEFAULT_CAPACITY} sentences (itself if it is one already). */
    public static Annotator of(Annotator backend) {
        return backend instanceof TagCache ? backend : new TagCache(backend, DEFAULT_CAPACITY);
    }

    @Override
    public Sentence tag(Sentence split) {
        List<Token> in = split.tokens();
        List<String> words = new ArrayList<>(in.size());
        for (Token t : in) {
            words.add(t.word());
        }
        Tagging known;
        synchronized (tagged) {
            known = tagged.get(words);
        }
        if (known == null) {
            Sentence out = backend.tag(split);
            remember(words, out);
            return out;
        }
        List<Token> tokens = new ArrayList<>(in.size());
        for (int i = 0; i < in.size(); i++) {
            Token t = in.get(i);
            tokens.add(new Token(t.word(), known.lemmas()[i], known.tags()[i], t.start(), t.end()));
        }
        return new Sentence(split.index(), split.text(), split.start(), split.end(), tokens);
    }

    private void remember(List<String> words, Sentence out) {
        List<Token> tokens = out.tokens();
        String[] tags = new String[tokens.size()];
        String[] lemmas = new String[tokens.size()];
        for (int i = 0; i < tags.length; i++) {
            tags[i] = tokens.get(i).pos();
            lemmas[i] = tokens.get(i).lemma();
        }
        synchronized (tagged) {
            tagged.put(words, new Tagging(tags, lemmas));
        }
    }

    @Override
    public List<Sentence> split(String text) {
        return backend.split(text);
    }

    @Override
    public List<String> possibleLemmas(String word) {
        return backend.possibleLemmas(word);
    }

    @Override
    public List<String> tokenize(String text) {
        return backend.tokenize(text);
    }

    @Override
    public void preload() {
        backend.preload();
    }

    @Override
    public void awaitModels() {
        backend.awaitModels();
    }

    @Override
    public Map<String, String> dataFiles() {
        return backend.dataFiles();
    }

    /** The backend's name ({@code corenlp}, {@code opennlp}): the cache changes no output, so traces name the backend. */
    @Override
    public String toString() {
        return backend.toString();
    }
}
