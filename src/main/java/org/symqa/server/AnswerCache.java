package org.symqa.server;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;
import org.symqa.Result;
import org.symqa.prompt.Prompt;

/**
 * A bounded least-recently-used cache of results keyed by the prompt read (question, chunks, word limit, layout).
 * The pipeline is deterministic, so a cached result is exactly what answering again would give; a result is only
 * ever returned for an equal prompt. Prompts over {@value #MAX_PROMPT_CHARS} characters are not kept, which bounds
 * the memory held.
 */
final class AnswerCache implements Answerer {
    static final int MAX_PROMPT_CHARS = 64 * 1024;

    private final Answerer inner;
    private final Map<Prompt, Result> map;
    private final LongAdder hits = new LongAdder();
    private final LongAdder misses = new LongAdder();

    AnswerCache(Answerer inner, int entries) {
        this.inner = inner;
        this.map = new LinkedHashMap<>(16, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<Prompt, Result> eldest) {
                return size() > entries;
            }
        };
    }

    @Override
    public Result answer(Prompt prompt) {
        boolean keep = size(prompt) <= MAX_PROMPT_CHARS;
        if (keep) {
            synchronized (map) {
                Result r = map.get(prompt);
                if (r != null) {
                    hits.increment();
                    return r;
                }
            }
        }
        misses.increment();
        Result r = inner.answer(prompt);
        if (keep) {
            synchronized (map) {
                map.put(prompt, r);
            }
        }
        return r;
    }

    long hits() {
        return hits.sum();
    }

    long misses() {
        return misses.sum();
    }

    private static long size(Prompt p) {
        long n = p.question().length();
        for (String c : p.chunks()) {
            n += c.length();
        }
        return n;
    }
}
