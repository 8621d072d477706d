package org.symqa.suggest;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.symqa.lexicon.TermHit;
import org.symqa.nlp.Chunk;
import org.symqa.nlp.Document;
import org.symqa.nlp.Sentence;
import org.symqa.rules.SentenceView;

/**
 * Reads one item's context for candidate terms: every gram of every sentence, whether a Yes answer quotes it,
 * whether it stands near a rule term of the topic, and which rule items and lexicons already hold it.
 */
final class ItemReader {
    private final Grams grams;
    private final TopicAnchors anchors;
    private final Function<Sentence, SentenceView> view;
    private final Set<String> ruleLexicons;
    private final int window;
    private final int maxWords;

    /** {@code ruleLexicons}: the lexicons worth naming beside a candidate (those the rules use). */
    ItemReader(Grams grams, TopicAnchors anchors, Function<Sentence, SentenceView> view, Set<String> ruleLexicons,
               int window, int maxWords) {
        this.grams = grams;
        this.ruleLexicons = Set.copyOf(ruleLexicons);
        this.anchors = anchors;
        this.view = view;
        this.window = window;
        this.maxWords = maxWords;
    }

    /** The terms of the document, by term; {@code quotes} are the word grams of the Yes answers. */
    Map<String, ItemTerm> read(Document doc, Set<String> quotes) {
        Map<String, ItemTerm> out = new TreeMap<>();
        for (Chunk chunk : doc.chunks()) {
            for (int i = 0; i < chunk.sentences().size(); i++) {
                SentenceView v = view.apply(chunk.tagged(i));
                List<TopicAnchors.Anchor> found = anchors.find(v);
                for (Gram g : grams.of(v.tokens())) {
                    ItemTerm t = out.computeIfAbsent(g.lemmas(), k -> new ItemTerm());
                    t.written.add(g.words());
                    t.quoted |= quotes.contains(g.words()) || quotes.contains(g.lemmas());
                    for (TopicAnchors.Anchor a : found) {
                        t.near |= g.within(a.start() - window, a.end() + window) && !g.within(a.start(), a.end());
                        if (a.start() >= g.start() && a.end() <= g.end()) {
                            (a.direct() ? t.directCover : t.relatedCover).add(a.label());
                        }
                    }
                    for (TermHit h : v.hits()) {
                        if (h.start() >= g.start() && h.end() <= g.end() && ruleLexicons.contains(h.term().lexicon())) {
                            t.lexicons.add("@" + h.term().lexicon());
                        }
                    }
                }
            }
        }
        return out;
    }

    /** Every run of 1 to maxWords words of the answers' tokens (lower case, joined by spaces). */
    Set<String> quotes(List<List<String>> answers) {
        Set<String> out = new HashSet<>();
        for (List<String> tokens : answers) {
            List<String> words = Grams.words(tokens);
            for (int i = 0; i < words.size(); i++) {
                StringBuilder b = new StringBuilder();
                for (int j = i; j < words.size() && j < i + maxWords && words.get(j) != null; j++) {
                    if (j > i) {
                        b.append(' ');
                    }
                    b.append(words.get(j));
                    out.add(b.toString());
                }
            }
        }
        return out;
    }
}
