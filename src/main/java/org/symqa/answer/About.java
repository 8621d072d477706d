package org.symqa.answer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.symqa.evidence.Background;
import org.symqa.nlp.Chunk;
import org.symqa.nlp.Document;
import org.symqa.nlp.Sentence;
import org.symqa.resources.KeyValueFile;
import org.symqa.resources.SourceException;
import org.symqa.rules.AnyOf;
import org.symqa.rules.BlockFile;
import org.symqa.rules.ItemParser;
import org.symqa.rules.SentenceView;
import org.symqa.rules.Span;
import org.symqa.text.Quote;

/**
 * Says what the chunks are about, for a reply that does not answer: the terms of {@code rules/about.txt}'s kinds
 * found in them (a deep learning model, a dataset, a metric, a device), each cited, taken in turns from each kind
 * (the first of each kind in order of preference, then the second, ...) so that one kind does not crowd out the
 * others; and whether they name any deep learning model at all. Read on the untagged sentences (word forms only), so
 * an unanswered question tags nothing more.
 *
 * <p>It also names the sections the chunks come from ({@link Sections}). Terms are not taken from sentences about
 * other work ({@link Background}).
 *
 * @param kinds         the kinds of term that say what a chunk is about (a {@code kind:} line each), in order of
 *                      preference
 * @param firstFor      for each kind, the topics whose unanswered replies name its terms before any other kind's
 *                      (the {@code [topic ...]} a {@code kind:} line opens with; empty for none)
 * @param onlyFor       for each kind, true when only replies of its {@code firstFor} topics name its terms (a
 *                      {@code kind: only [topic ...]} line: a device is no news to a question about the code)
 * @param deepLearning  what shows that the chunks speak of deep learning (in any sentence, other work included)
 * @param maxTerms      the most terms named
 * @param sections      which sections the chunks come from
 * @param study         which sentences about this study are quoted
 * @param grow          the items whose terms grow as facts do ({@code grow:}; null: none grows)
 * @param termNot       what a term's text is not: figure residue ({@code term-not:}, found anywhere in the term;
 *                      null: any text)
 */
public record About(List<AnyOf> kinds, List<java.util.Set<String>> firstFor, List<Boolean> onlyFor,
                    AnyOf deepLearning, int maxTerms,
                    Sections sections,
                    StudySentences study, AnyOf grow, java.util.regex.Pattern termNot) {
    /** The topics a {@code kind:} line may open with: "[hardware]". */
    private static final java.util.regex.Pattern TOPICS = java.util.regex.Pattern.compile("(only\\s+)?\\[([a-z0-9 -]+)\\]\\s*");

    /** The keys of {@code rules/about.txt}; {@code kind} is the one that repeats. */
    private static final List<String> KEYS = List.of("heading", "max-sections", "deep-learning", "max-terms",
            "study-quotes", "study-min-words", "study-max-words", "study-cue", "grow", "term-not", "reference-lists",
            "study-cue-only");

    public About {
        kinds = List.copyOf(kinds);
        firstFor = firstFor.stream().map(java.util.Set::copyOf).toList();
        onlyFor = List.copyOf(onlyFor);
        if (kinds.isEmpty() || firstFor.size() != kinds.size() || onlyFor.size() != kinds.size()) {
            throw new IllegalArgumentException("about.txt needs at least one kind: line, each with its topics");
        }
    }

    /** A term as the chunk writes it, the chunk it stands in, and its kind (an index into {@link #kinds}). */
    public record Named(String text, int chunk, int kind) {
    }

    /** Reads the settings file; {@code namedHeadings} are the unnumbered headings (lexicons/section-heading.txt). */
    public static About from(KeyValueFile f, ItemParser items, java.util.Set<String> namedHeadings)
            throws SourceException {
        List<SourceException> errors = new ArrayList<>();
        f.checkKeys(KEYS, List.of("kind"), errors);
        if (!errors.isEmpty()) {
            throw errors.get(0);
        }
        java.util.regex.Pattern heading = pattern(f, f.require("heading"));
        java.util.regex.Pattern termNot = f.find("term-not").isPresent() ? pattern(f, f.require("term-not")) : null;
        List<AnyOf> kinds = new ArrayList<>();
        List<java.util.Set<String>> firstFor = new ArrayList<>();
        List<Boolean> onlyFor = new ArrayList<>();
        for (KeyValueFile.Entry e : f.entries()) {
            if (e.key().equals("kind")) {
                java.util.regex.Matcher m = TOPICS.matcher(e.value());
                boolean topics = m.lookingAt();
                java.util.Set<String> ids = new java.util.LinkedHashSet<>();
                for (String id : topics ? m.group(2).strip().split("\\s+") : new String[0]) {
                    if (!ids.add(id)) {
                        throw new SourceException(f.name(), e.line(), "kind".length() + 3, "topic '" + id
                                + "' twice in the brackets of a kind: line");
                    }
                }
                firstFor.add(ids);
                onlyFor.add(topics && m.group(1) != null);
                String value = topics ? e.value().substring(m.end()) : e.value();
                kinds.add(items.parse(f.name(), new BlockFile.Field("kind", value, e.line(),
                        "kind".length() + 3 + (topics ? m.end() : 0))));
            }
        }
        if (kinds.isEmpty()) {
            throw new SourceException(f.name(), 1, 1, "no kind: line (kind: @hardware-device)");
        }
        return new About(kinds, firstFor, onlyFor, items(f, items, "deep-learning"), number(f, "max-terms"),
                new Sections(heading, java.util.Set.copyOf(namedHeadings), number(f, "max-sections"),
                        yes(f, "reference-lists")),
                StudySentences.from(f, f.find("study-cue").isPresent() ? items(f, items, "study-cue") : null),
                f.find("grow").isPresent() ? items(f, items, "grow") : null, termNot);
    }

    /** The regular expression of a line, a bad one reported where it goes wrong. */
    private static java.util.regex.Pattern pattern(KeyValueFile f, KeyValueFile.Entry e) throws SourceException {
        try {
            return java.util.regex.Pattern.compile(e.value());
        } catch (java.util.regex.PatternSyntaxException x) {
            throw new SourceException(f.name(), e.line(), e.column() + Math.max(x.getIndex(), 0), "bad "
                    + e.key() + " pattern: " + x.getDescription());
        }
    }

    /** The items of every kind, in order: what a term is. */
    public AnyOf terms() {
        List<org.symqa.rules.Item> all = new ArrayList<>();
        kinds.forEach(k -> all.addAll(k.items()));
        return new AnyOf(all);
    }

    /** Whether any sentence of the chunks, about this study or other work, speaks of deep learning. */
    public boolean namesDeepLearning(Document document, Function<Sentence, SentenceView> views) {
        for (Chunk chunk : document.chunks()) {
            for (Sentence s : chunk.sentences()) {
                if (namesDeepLearning(views.apply(s))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** True when the sentence names deep learning (kept with the view for the next question about the chunk). */
    boolean namesDeepLearning(SentenceView view) {
        return view.derived(deepLearning, deepLearning::any);
    }

    /** A whole number 0..20 of the settings file. */
    static int number(KeyValueFile f, String key) throws SourceException {
        return numberUpTo(f, key, 20);
    }

    /** An optional yes/no setting of the settings file (no when absent). */
    static boolean yes(KeyValueFile f, String key) throws SourceException {
        KeyValueFile.Entry e = f.find(key).orElse(null);
        List<SourceException> errors = new ArrayList<>();
        Boolean v = e == null ? Boolean.FALSE : f.yesNo(e, errors);
        if (v == null) {
            throw errors.get(0);
        }
        return v;
    }

    /** A whole number 0..max of the settings file. */
    static int numberUpTo(KeyValueFile f, String key, int max) throws SourceException {
        List<SourceException> errors = new ArrayList<>();
        Integer n = f.number(f.require(key), 0, max, errors);
        if (n == null) {
            throw errors.get(0);
        }
        return n;
    }

    /** The sentences about this study that a reply quotes to show what the chunks say ({@link StudySentences}). */
    public List<StudySentences.Quoted> studySentences(Document document, Function<Sentence, SentenceView> views,
                                                      Background background) {
        return study.pick(document, views, background, terms());
    }

    /** The sections the chunks come from ({@link Sections}). */
    public List<Sections.Section> sections(Document document, Function<Sentence, SentenceView> views,
                                           Background background) {
        return sections.find(document, views, background);
    }

    private static AnyOf items(KeyValueFile f, ItemParser items, String key) throws SourceException {
        KeyValueFile.Entry e = f.require(key);
        return items.parse(f.name(), new BlockFile.Field(key, e.value(), e.line(), key.length() + 3));
    }

    /** True when kind {@code k}'s terms come first in a reply to a question of {@code topic}. */
    private boolean namedFirst(int k, String topic) {
        return firstFor.get(k).contains(topic);
    }

    /** True when a reply to a question of {@code topic} may name kind {@code k}'s terms. */
    private boolean namedFor(int k, String topic) {
        return !onlyFor.get(k) || namedFirst(k, topic);
    }

    /**
     * The kinds in the order a reply to a question of {@code topic} names them: its own first, then file order; a
     * kind named only for other topics is left out.
     */
    public List<Integer> kindOrder(String topic) {
        List<Integer> order = new ArrayList<>();
        for (boolean first : new boolean[] {true, false}) {
            for (int k = 0; k < kinds.size(); k++) {
                if (namedFirst(k, topic) == first && namedFor(k, topic)) {
                    order.add(k);
                }
            }
        }
        return order;
    }

    /**
     * The terms a document's chunks name, at most {@link #maxTerms}: first those of the kinds named first for
     * {@code topic}, then in turns from each kind it may name, leaving out sentences about other work; {@code views} gives a
     * sentence's lexicon hits; a term that holds a {@link #grow} item grows as a fact does by {@code growth}
     * ({@code rules/facts.txt}; null: terms are named as the kinds find them).
     */
    public List<Named> named(Document document, Function<Sentence, SentenceView> views, Background background,
                             String topic, org.symqa.evidence.FactSettings growth) {
        boolean[] first = new boolean[kinds.size()];
        boolean[] named = new boolean[kinds.size()];
        for (int k = 0; k < first.length; k++) {
            first[k] = namedFirst(k, topic);
            named[k] = namedFor(k, topic);
        }
        return KindTerms.named(kinds, first, named, maxTerms, document, views, background,
                grow == null ? null : growth, grow, termNot);
    }
}
