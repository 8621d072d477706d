package org.symqa.answer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.symqa.evidence.Evidence;
import org.symqa.nlp.Chunk;
import org.symqa.nlp.Document;
import org.symqa.nlp.Sentence;
import org.symqa.text.Quote;
import org.symqa.text.Spaces;

/**
 * Quotes cited sentences as passages: each with up to {@code window} sentences of its paragraph before and after
 * it (never across a blank line, so headings and page furniture stay out), so a reader sees the fact in its context. Passages of one chunk that touch are merged; order follows the
 * evidence order (direct evidence first).
 */
final class Passages {
    /** One passage: its chunk and quoted text. */
    record Passage(int chunk, String text) {
    }

    private Passages() {
    }

    /**
     * The passages worth quoting: each text once (a table's repeated cell "Mae" is quoted once), and, when some
     * passage has at least {@code minWords} words, none with fewer (a lone heading or table cell, "Validation",
     * says nothing beside a sentence). A reply that has only short passages keeps them, so that "related things"
     * always shows something.
     */
    static List<Passage> readable(List<Passage> passages, int minWords) {
        List<Passage> once = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        boolean anyLong = false;
        for (Passage p : passages) {
            if (seen.add(p.chunk() + " " + p.text().toLowerCase(Locale.ROOT))) {
                once.add(p);
                anyLong |= Spaces.words(p.text()) >= minWords;
            }
        }
        if (!anyLong) {
            return once;
        }
        List<Passage> out = new ArrayList<>();
        for (Passage p : once) {
            if (Spaces.words(p.text()) >= minWords) {
                out.add(p);
            }
        }
        return out;
    }

    static List<Passage> of(List<Evidence> evidence, Document document, int window) {
        List<int[]> spans = new ArrayList<>();
        for (Evidence e : evidence) {
            Chunk chunk = document.chunks().get(e.chunk() - 1);
            int at = sentenceAt(chunk, e.start());
            if (at < 0) {
                continue;
            }
            int from = at;
            while (from > 0 && at - from < window && sameBlock(chunk, from - 1, from)) {
                from--;
            }
            int to = at;
            while (to + 1 < chunk.sentences().size() && to - at < window && sameBlock(chunk, to, to + 1)) {
                to++;
            }
            spans.add(new int[] {e.chunk(), from, to});
            coalesce(spans, chunk);
        }
        List<Passage> out = new ArrayList<>();
        for (int[] s : spans) {
            Chunk chunk = document.chunks().get(s[0] - 1);
            Sentence first = chunk.sentences().get(s[1]);
            Sentence last = chunk.sentences().get(s[2]);
            out.add(new Passage(s[0], Quote.of(chunk.text(), first.start(), last.end())));
        }
        return out;
    }

    /**
     * Merges the newest span into an earlier one of its chunk that it overlaps or touches within a block, and
     * again until no two spans of a chunk overlap or touch so (a passage is never quoted twice, nor across a
     * blank line); the earlier span keeps its place.
     */
    private static void coalesce(List<int[]> spans, Chunk chunk) {
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int i = 0; i < spans.size() && !changed; i++) {
                for (int j = i + 1; j < spans.size() && !changed; j++) {
                    int[] a = spans.get(i);
                    int[] b = spans.get(j);
                    if (a[0] == chunk.number() && b[0] == chunk.number() && joins(a, b, chunk)) {
                        a[1] = Math.min(a[1], b[1]);
                        a[2] = Math.max(a[2], b[2]);
                        spans.remove(j);
                        changed = true;
                    }
                }
            }
        }
    }

    /** True when two spans of a chunk overlap, or touch with no blank line between them. */
    private static boolean joins(int[] a, int[] b, Chunk chunk) {
        if (b[1] <= a[2] && a[1] <= b[2]) {
            return true;
        }
        return b[1] == a[2] + 1 && sameBlock(chunk, a[2], b[1]) || a[1] == b[2] + 1 && sameBlock(chunk, b[2], a[1]);
    }

    /** True when no blank line (a heading or page break) stands between two neighbouring sentences. */
    private static boolean sameBlock(Chunk chunk, int a, int b) {
        String between = chunk.text().text().substring(chunk.sentences().get(a).end(), chunk.sentences().get(b).start());
        return between.indexOf('\n') < 0;
    }

    private static int sentenceAt(Chunk chunk, int originalStart) {
        List<Sentence> sentences = chunk.sentences();
        for (int i = 0; i < sentences.size(); i++) {
            if (chunk.text().originalOffset(sentences.get(i).start()) == originalStart) {
                return i;
            }
        }
        return -1;
    }
}
