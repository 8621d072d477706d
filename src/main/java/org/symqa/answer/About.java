package org.symqa.answer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
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
 * Says what the chunks are about, for a reply that does not answer: the terms of {@code rules/about.txt}'s lexicons
 * found in them (a model family, a data kind, a metric, a device), each cited, taken in turns from each kind (the
 * first of each kind in order of preference, then the second, ...) so that one kind does not crowd out the others. Read on the untagged sentences
 * (word forms only), so an unanswered question tags nothing more.
 *
 * <p>It also names the sections the chunks come from: numbered heading lines ({@code heading:} in
 * {@code rules/about.txt}) and lines that are an unnumbered heading of {@code lexicons/section-heading.txt}; a
 * chunk made mostly of reference-list entries is named as a reference list. Terms are not taken from sentences
 * about other work ({@link Background}).
 *
 * @param terms         the items whose terms say what a chunk is about, in order of preference
 * @param maxTerms      the most terms named
 * @param heading       a numbered heading line (group 1 is the heading)
 * @param namedHeadings the unnumbered headings, lower case
 * @param maxSections   the most sections named
 * @param study         which sentences about this study are quoted
 */
public record About(AnyOf terms, int maxTerms, java.util.regex.Pattern heading, java.util.Set<String> namedHeadings,
                    int maxSections, StudySentences study) {

    /** A section a chunk comes from: its heading as the chunk writes it (null for a reference list), and the chunk. */
    public record Section(String heading, int chunk) {
    }

    /** A term as the chunk writes it, and the chunk it stands in. */
    public record Named(String text, int chunk) {
    }

    /** Reads the settings file; {@code namedHeadings} are the unnumbered headings (lexicons/section-heading.txt). */
    public static About from(KeyValueFile f, ItemParser items, java.util.Set<String> namedHeadings)
            throws SourceException {
        KeyValueFile.Entry h = f.require("heading");
        java.util.regex.Pattern heading;
        try {
            heading = java.util.regex.Pattern.compile(h.value());
        } catch (java.util.regex.PatternSyntaxException e) {
            throw new SourceException(f.name(), h.line(), 10 + Math.max(e.getIndex(), 0), "bad heading pattern: "
                    + e.getDescription());
        }
        return new About(items(f, items, "terms"), number(f, "max-terms"), heading, java.util.Set.copyOf(namedHeadings),
                number(f, "max-sections"), StudySentences.from(f));
    }

    /** A whole number 0..20 of the settings file. */
    static int number(KeyValueFile f, String key) throws SourceException {
        return numberUpTo(f, key, 20);
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
        return study.pick(document, views, background, terms);
    }

    /** The sections the chunks come from, in chunk order: headings, and reference lists. */
    public List<Section> sections(Document document, Function<Sentence, SentenceView> views, Background background) {
        List<Section> out = new ArrayList<>();
        for (Chunk chunk : document.chunks()) {
            String text = chunk.text().original();
            int before = out.size();
            for (String line : text.split("\n")) {
                String l = line.strip();
                java.util.regex.Matcher m = heading.matcher(l);
                String named = l.replaceAll("[:.]$", "").toLowerCase(Locale.ROOT);
                if (m.matches()) {
                    out.add(new Section(m.group(1).replaceAll("\\s+", " "), chunk.number()));
                } else if (namedHeadings.contains(named) && !named.equals("references")) {
                    out.add(new Section(l.replaceAll("[:.]$", ""), chunk.number()));
                }
            }
            long refs = chunk.sentences().stream().filter(s -> background.isReference(views.apply(s))).count();
            if (out.size() == before && refs * 2 > chunk.sentences().size()) {
                out.add(new Section(null, chunk.number()));
            }
        }
        return out.subList(0, Math.min(out.size(), maxSections));
    }

    /** How many of a list's terms are already named. */
    private static int countFrom(Map<String, Named> found, List<Named> list) {
        return (int) found.values().stream().filter(list::contains).count();
    }

    /**
     * Spans that overlap, touch, or stand one name part apart ("NVIDIA" "GTX" 1080 "GPU") as one, with the best
     * (earliest) item of their parts.
     */
    private static List<int[]> merged(List<int[]> spans, Sentence s) {
        spans.sort((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(b[1], a[1]));
        List<int[]> out = new ArrayList<>();
        for (int[] sp : spans) {
            int[] last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && (sp[0] <= last[1] || sp[0] == last[1] + 1
                    && NAME_PART.matcher(s.tokens().get(last[1]).word()).matches())) {
                last[1] = Math.max(last[1], sp[1]);
                last[2] = Math.min(last[2], sp[2]);
            } else {
                out.add(sp.clone());
            }
        }
        return out;
    }

    private static final java.util.regex.Pattern NAME_PART = java.util.regex.Pattern.compile("[A-Z0-9][A-Za-z0-9.+-]*");

    private static AnyOf items(KeyValueFile f, ItemParser items, String key) throws SourceException {
        KeyValueFile.Entry e = f.require(key);
        return items.parse(f.name(), new BlockFile.Field(key, e.value(), e.line(), key.length() + 3));
    }

    /**
     * The terms a document's chunks name, in order of preference, leaving out sentences about other work;
     * {@code views} gives a sentence's lexicon hits.
     */
    public List<Named> terms(Document document, Function<Sentence, SentenceView> views, Background background) {
        Map<String, Named> found = new LinkedHashMap<>();
        List<List<Named>> byItem = new ArrayList<>();
        terms.items().forEach(i -> byItem.add(new ArrayList<>()));
        for (Chunk chunk : document.chunks()) {
            SentenceView previous = null;
            for (Sentence s : chunk.sentences()) {
                SentenceView v = views.apply(s);
                boolean other = background.test(v, previous);
                previous = v;
                if (other) {
                    continue;
                }
                List<int[]> spans = new ArrayList<>(); // start, end, best item
                for (int k = 0; k < terms.items().size(); k++) {
                    for (Span sp : terms.items().get(k).find(v)) {
                        spans.add(new int[] {sp.start(), sp.end(), k});
                    }
                }
                for (int[] sp : merged(spans, s)) {
                    int from = s.tokens().get(sp[0]).start();
                    int to = s.tokens().get(sp[1] - 1).end();
                    byItem.get(sp[2]).add(new Named(Quote.of(chunk.text(), from, to), chunk.number()));
                }
            }
        }
        for (int round = 0; found.size() < maxTerms && round < maxTerms; round++) {
            for (List<Named> list : byItem) {
                for (int i = 0; i < list.size() && found.size() < maxTerms; i++) {
                    String key = list.get(i).text().toLowerCase(Locale.ROOT).replaceAll("(?<=[a-z]{3})s$", "");
                    if (!found.containsKey(key) && countFrom(found, list) == round) {
                        found.put(key, list.get(i));
                        break;
                    }
                }
            }
        }
        return new ArrayList<>(found.values());
    }
}
