package org.symqa.evidence.general;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.tartarus.snowball.ext.EnglishStemmer;

/**
 * Snowball English stems (from Apache Lucene), so that a question word matches a sentence word of the same family
 * ("investigated", "investigation"). Stems are cached; the cache is cleared when it grows large.
 */
final class Stems {
    private static final int MAX_CACHED = 50_000;
    private static final Map<String, String> CACHE = new ConcurrentHashMap<>();
    private static final ThreadLocal<EnglishStemmer> STEMMER = ThreadLocal.withInitial(EnglishStemmer::new);

    private Stems() {
    }

    /** The stem of a word (lower case). */
    static String of(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        String cached = CACHE.get(w);
        if (cached != null) {
            return cached;
        }
        EnglishStemmer stemmer = STEMMER.get();
        stemmer.setCurrent(w);
        stemmer.stem();
        String stem = stemmer.getCurrent();
        if (CACHE.size() > MAX_CACHED) {
            CACHE.clear();
        }
        CACHE.put(w, stem);
        return stem;
    }
}
