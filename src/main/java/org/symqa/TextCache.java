package org.symqa;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * A bounded, thread-safe LRU map from a text to what the pipeline makes of it (a chunk's repaired, split sentences;
 * a question's tagged view), so that the questions asked of one paper share the work on the chunks they have in
 * common and a question asked of many papers is tagged once. The key is the text itself (compared in full, so two
 * texts never share an entry); the value is a pure function of it, so a hit gives the same answer as a miss.
 *
 * @param <V> what is kept per text
 */
final class TextCache<V> {
    private final int capacity;
    private final Map<String, V> map;

    TextCache(int capacity) {
        this.capacity = capacity;
        this.map = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
                return size() > TextCache.this.capacity;
            }
        };
    }

    /** The value for the text, computed (outside the lock) when absent. */
    V get(String text, Function<String, V> compute) {
        if (capacity == 0) {
            return compute.apply(text);
        }
        synchronized (map) {
            V v = map.get(text);
            if (v != null) {
                return v;
            }
        }
        V made = compute.apply(text);
        synchronized (map) {
            V raced = map.putIfAbsent(text, made);
            return raced != null ? raced : made;
        }
    }
}
