package org.symqa.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.symqa.evidence.Background;
import org.symqa.nlp.Chunk;
import org.symqa.nlp.Document;
import org.symqa.nlp.Sentence;
import org.symqa.rules.SentenceView;

/**
 * Finds the sections the chunks come from, for {@link About}: numbered heading lines ({@code heading:} in
 * {@code rules/about.txt}) and lines that are an unnumbered heading of {@code lexicons/section-heading.txt}; a chunk
 * made mostly of reference-list entries is named as a reference list.
 *
 * @param heading       a numbered heading line (group 1 is the heading)
 * @param namedHeadings the unnumbered headings, lower case
 * @param max           the most sections named (0: none, and no heading is read)
 * @param references    with {@code max} 0, still name each chunk made mostly of reference-list entries
 */
public record Sections(Pattern heading, Set<String> namedHeadings, int max, boolean references) {
    /** A colon or full stop that ends a heading line. */
    private static final Pattern TRAILING_MARK = Pattern.compile("[:.]$");
    /** White space inside a heading (compiled once: sections are read for every reply that does not answer). */
    private static final Pattern SPACE_RUN = Pattern.compile("\\s+");

    public Sections {
        java.util.Objects.requireNonNull(heading, "heading");
        namedHeadings = Set.copyOf(namedHeadings);
        if (max < 0) {
            throw new IllegalArgumentException("max-sections must be at least 0");
        }
    }

    /** A section a chunk comes from: its heading as the chunk writes it (null for a reference list), and the chunk. */
    public record Section(String heading, int chunk) {
    }

    /** Sections of headings only (no reference list is named when no heading is). */
    public Sections(Pattern heading, Set<String> namedHeadings, int max) {
        this(heading, namedHeadings, max, false);
    }

    /**
     * The sections the chunks come from, in chunk order: headings, and reference lists; at most {@link #max}. With
     * {@code max} 0: the reference-list chunks when {@link #references}, else none.
     */
    public List<Section> find(Document document, Function<Sentence, SentenceView> views, Background background) {
        if (max == 0) {
            return references ? referenceLists(document, views, background) : List.of();
        }
        List<Section> out = new ArrayList<>();
        for (Chunk chunk : document.chunks()) {
            String text = chunk.text().original();
            int before = out.size();
            for (String line : text.split("\n")) {
                String l = line.strip();
                Matcher m = heading.matcher(l);
                String bare = TRAILING_MARK.matcher(l).replaceAll("");
                String named = bare.toLowerCase(Locale.ROOT);
                if (m.matches()) {
                    out.add(new Section(SPACE_RUN.matcher(m.group(1)).replaceAll(" "), chunk.number()));
                } else if (namedHeadings.contains(named) && !named.equals("references")) {
                    out.add(new Section(bare, chunk.number()));
                }
            }
            if (out.size() == before && mostlyReferences(chunk, views, background)) { // no heading: a reference list?
                out.add(new Section(null, chunk.number()));
            }
        }
        return out.subList(0, Math.min(out.size(), max));
    }

    /** The chunks made mostly of a reference list ({@link #mostlyReferences}), in chunk order. */
    private static List<Section> referenceLists(Document document, Function<Sentence, SentenceView> views,
                                                Background background) {
        List<Section> out = new ArrayList<>();
        for (Chunk chunk : document.chunks()) {
            if (mostlyReferences(chunk, views, background)) {
                out.add(new Section(null, chunk.number()));
            }
        }
        return out;
    }

    /**
     * True when more than half of the chunk's sentences stand in a reference list (entries, their titles, short
     * pieces such as "Eco. Inform.": {@link Background#inReferenceList}).
     */
    private static boolean mostlyReferences(Chunk chunk, Function<Sentence, SentenceView> views, Background background) {
        List<Sentence> sentences = chunk.sentences();
        int n = sentences.size();
        long in = java.util.stream.IntStream.range(0, n)
                .filter(i -> background.inReferenceList(i, n, j -> views.apply(sentences.get(j)))).count();
        return in * 2 > n;
    }
}
