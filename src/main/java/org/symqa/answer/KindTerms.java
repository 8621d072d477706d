package org.symqa.answer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.symqa.evidence.Background;
import org.symqa.evidence.FactEdges;
import org.symqa.evidence.FactSettings;
import org.symqa.lexicon.WordFamilies;
import org.symqa.nlp.Chunk;
import org.symqa.nlp.Document;
import org.symqa.nlp.Sentence;
import org.symqa.nlp.Token;
import org.symqa.rules.AnyOf;
import org.symqa.rules.Item;
import org.symqa.rules.SentenceView;
import org.symqa.rules.Span;
import org.symqa.text.Quote;

/**
 * Finds the terms of {@code rules/about.txt}'s kinds that a document's chunks name, for {@link About}: each term once
 * (as its loose {@link TermKey} says: case, plurals and hyphens aside), and not when a longer term found names it
 * ("neural network" beside "deep neural network", "DenseNet" beside "DenseNet201"), of the kind of its earliest lexicon item (a
 * pattern's kind only where no lexicon finds it), taken in turns from each kind. A term that holds an item of
 * {@code grow:} grows as a fact does over the number before it and the name parts beside it ("512 GB of RAM", "Intel
 * Xeon Gold 5118": {@link FactEdges}), up to the terms beside it.
 */
final class KindTerms {
    private KindTerms() {
    }

    /**
     * The terms a document's chunks name, of the kinds marked in {@code named}, in order of preference (all of the
     * {@code first} kinds' terms before the others), leaving out sentences about other work (a term of a kind not
     * named still keeps a shorter term within it from being named); {@code views} gives a sentence's lexicon hits; {@code growth}
     * is how facts grow, for the terms that hold an item of {@code grow} (either null: terms are named as the kinds
     * find them); a term whose text {@code termNot} finds is residue, not named (null: none is).
     */
    static List<About.Named> named(List<AnyOf> kinds, boolean[] first, boolean[] named, int maxTerms,
                                   Document document,
                                   Function<Sentence, SentenceView> views, Background background,
                                   FactSettings growth, AnyOf grow, java.util.regex.Pattern termNot) {
        List<Integer> kindOf = new ArrayList<>(); // rank -> kind index: lexicon items first, then patterns
        List<Item> items = new ArrayList<>();
        for (boolean lexicon : new boolean[] {true, false}) {
            for (int k = 0; k < kinds.size(); k++) {
                for (Item i : kinds.get(k).items()) {
                    if ((i.lexicon() != null) == lexicon) {
                        items.add(i);
                        kindOf.add(k);
                    }
                }
            }
        }
        Map<String, About.Named> found = new LinkedHashMap<>();
        List<List<About.Named>> byKind = new ArrayList<>();
        kinds.forEach(k -> byKind.add(new ArrayList<>()));
        for (Chunk chunk : document.chunks()) {
            List<Sentence> sentences = chunk.sentences();
            for (int i = 0; i < sentences.size(); i++) {
                Sentence s = sentences.get(i);
                SentenceView v = views.apply(s);
                if (background.test(i, sentences.size(), j -> views.apply(sentences.get(j)))) {
                    continue;
                }
                // the same for every question about the chunk: kept with the view ({@code kinds} is About's own list)
                int at = i;
                List<int[]> terms = v.derived(kinds, view -> List.copyOf(grown(merged(spans(items, view),
                        view.sentence()), view, chunk, at, views, growth, grow)));
                for (int[] sp : terms) {
                    int from = s.tokens().get(sp[0]).start();
                    int to = s.tokens().get(sp[1] - 1).end();
                    int kind = kindOf.get(sp[2]);
                    String text = Quote.of(chunk.text(), from, to);
                    if (termNot == null || !termNot.matcher(text).find()) {
                        byKind.get(kind).add(new About.Named(text, chunk.number(), kind));
                    }
                }
            }
        }
        Map<About.Named, String> keyOf = new java.util.IdentityHashMap<>();
        byKind.forEach(list -> list.forEach(n -> keyOf.put(n, key(n))));
        List<String> keys = keyOf.values().stream().distinct().toList();
        java.util.Set<String> within = new java.util.HashSet<>();
        for (String k : keys) {
            if (keys.stream().anyMatch(longer -> TermKey.within(k, longer))) {
                within.add(k);
            }
        }
        for (int k = 0; k < byKind.size(); k++) {
            byKind.get(k).removeIf(n -> within.contains(keyOf.get(n)));
            if (!named[k]) {
                byKind.get(k).clear();
            }
        }
        for (int k = 0; k < byKind.size(); k++) {
            for (int i = 0; first[k] && i < byKind.get(k).size() && found.size() < maxTerms; i++) {
                found.putIfAbsent(keyOf.get(byKind.get(k).get(i)), byKind.get(k).get(i));
            }
        }
        for (int round = 0; found.size() < maxTerms && round < maxTerms; round++) {
            for (List<About.Named> list : byKind) {
                for (int i = 0; i < list.size() && found.size() < maxTerms; i++) {
                    String key = keyOf.get(list.get(i));
                    if (!found.containsKey(key) && countFrom(found, list) == round) {
                        found.put(key, list.get(i));
                        break;
                    }
                }
            }
        }
        return new ArrayList<>(found.values());
    }

    /** A term's loose key: one term however its case, plural or hyphens vary. */
    private static String key(About.Named n) {
        return TermKey.loose(TermKey.of(n.text(), WordFamilies.none()));
    }

    /** Where each item stands in the sentence: start, end, item. */
    private static List<int[]> spans(List<Item> items, SentenceView v) {
        List<int[]> spans = new ArrayList<>();
        for (int k = 0; k < items.size(); k++) {
            for (Span sp : items.get(k).find(v)) {
                spans.add(new int[] {sp.start(), sp.end(), k});
            }
        }
        return spans;
    }

    /** How many of a list's terms are already named. */
    private static int countFrom(Map<String, About.Named> found, List<About.Named> list) {
        return (int) found.values().stream().filter(list::contains).count();
    }

    /**
     * Spans that overlap, touch, or stand one name part apart ("NVIDIA" "GTX" 1080 "GPU") as one, with the best
     * (earliest) item of their parts; but a name that ends on its version number is whole, and a name right after it
     * starts another term (a table row's "DenseNet201 EfficientNetB0"; "Intel Xeon" is one).
     */
    private static List<int[]> merged(List<int[]> spans, Sentence s) {
        spans.sort((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(b[1], a[1]));
        List<int[]> out = new ArrayList<>();
        for (int[] sp : spans) {
            int[] last = out.isEmpty() ? null : out.get(out.size() - 1);
            boolean joined = last != null && (sp[0] < last[1] || sp[0] == last[1]
                    && !org.symqa.text.VersionedName.is(s.tokens().get(last[1] - 1).word())
                    || sp[0] == last[1] + 1 && NAME_PART.matcher(s.tokens().get(last[1]).word()).matches());
            if (joined) {
                last[1] = Math.max(last[1], sp[1]);
                last[2] = Math.min(last[2], sp[2]);
            } else {
                out.add(sp.clone());
            }
        }
        return out;
    }

    /**
     * The terms of sentence {@code i} of the chunk ({@code view}, untagged) that hold an item of {@code grow}, grown
     * as facts grow, each no further than the terms beside it; the sentence is tagged only when a word beside such a
     * term may be a name part by its spelling.
     */
    private static List<int[]> grown(List<int[]> terms, SentenceView view, Chunk chunk, int i,
                                     Function<Sentence, SentenceView> views, FactSettings growth, AnyOf grow) {
        if (growth == null || grow == null) {
            return terms;
        }
        List<Token> words = view.tokens();
        List<Span> growing = grow.find(view);
        SentenceView tagged = null;
        for (int t = 0; t < terms.size(); t++) {
            int[] sp = terms.get(t);
            if (growing.stream().noneMatch(g -> g.start() >= sp[0] && g.end() <= sp[1])
                    || !FactEdges.mayGrow(new Span(sp[0], sp[1]), words)) {
                continue;
            }
            if (tagged == null) {
                tagged = views.apply(chunk.tagged(i));
                if (tagged.tokens().size() != words.size()) {
                    return terms; // a tagger that splits otherwise: name the terms as found
                }
            }
            Span g = FactEdges.grown(new Span(sp[0], sp[1]), tagged, growth);
            int start = Math.max(g.start(), t == 0 ? 0 : terms.get(t - 1)[1]);
            int end = Math.min(g.end(), t + 1 == terms.size() ? words.size() : terms.get(t + 1)[0]);
            if (start < end) {
                sp[0] = start;
                sp[1] = end;
            }
        }
        return terms;
    }

    private static final java.util.regex.Pattern NAME_PART = java.util.regex.Pattern.compile("[A-Z0-9][A-Za-z0-9.+-]*");
}
