package org.symqa.answer;

import java.util.ArrayList;
import java.util.List;
import org.symqa.evidence.Evidence;
import org.symqa.nlp.Chunk;
import org.symqa.nlp.Document;
import org.symqa.nlp.Sentence;
import org.symqa.text.Quote;

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
            boolean merged = false;
            for (int[] s : spans) {
                if (s[0] == e.chunk() && from <= s[2] + 1 && to >= s[1] - 1) {
                    s[1] = Math.min(s[1], from);
                    s[2] = Math.max(s[2], to);
                    merged = true;
                    break;
                }
            }
            if (!merged) {
                spans.add(new int[] {e.chunk(), from, to});
            }
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
