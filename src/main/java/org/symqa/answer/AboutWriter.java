package org.symqa.answer;

import static org.symqa.answer.TemplateAnswerWriter.join;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.symqa.evidence.Background;
import org.symqa.evidence.FactSettings;
import org.symqa.nlp.Chunk;
import org.symqa.nlp.Document;
import org.symqa.nlp.Sentence;
import org.symqa.rules.SentenceView;

/**
 * Writes what a reply that does not answer says the chunks are about ({@link About}): the sections, the terms by
 * kind (or that no deep learning model is named), and the sentence about this study, from the templates of
 * {@code rules/answers.txt}.
 */
final class AboutWriter {
    /** The {@link org.symqa.nlp.Sentences#memo} slot of an untagged sentence's view (its lexicon hits). */
    static final int PLAIN_VIEW_SLOT = org.symqa.evidence.RuleEvidenceFinder.PLAIN_VIEW_SLOT;

    private final Templates templates;
    private final About about;
    private final Background background;
    private final Function<Sentence, SentenceView> views;
    private final FactSettings growth;

    AboutWriter(Templates templates, About about, Background background, Function<Sentence, SentenceView> views,
                FactSettings growth) {
        this.templates = templates;
        this.about = about;
        this.background = background;
        this.views = views;
        this.growth = growth;
    }

    /**
     * " The chunks name no deep learning model." when no sentence of the chunks names one (an answer about "the deep
     * learning model" drawn from a genetic algorithm's or a random forest's set-up says so), else "".
     */
    String noDeepLearning(Document document) {
        for (Chunk chunk : document.chunks()) {
            for (int i = 0; i < chunk.sentences().size(); i++) {
                if (about.namesDeepLearning(plain(chunk, i))) {
                    return "";
                }
            }
        }
        return " " + templates.fill("about-nothing-deep", Map.of());
    }

    /** Sentence {@code i} of the chunk with its lexicon hits, untagged; kept with the chunk for the next question. */
    private SentenceView plain(Chunk chunk, int i) {
        Sentence s = chunk.sentences().get(i);
        return chunk.annotation().memo(PLAIN_VIEW_SLOT, i, () -> views.apply(s));
    }

    /**
     * What the chunks are about: " The chunks come from the sections "3.1. Training" [1]. Chunk [4] is from a reference
     * list. The chunks mention ResNet-50 [2]. Of this study they say: "..." [2].", each part left out when empty;
     * without the terms sentence when {@code terms} is false (the reply already names the near topics' facts), but
     * still saying that no deep learning model is named.
     */
    String write(Document document, String topic, boolean terms) {
        // sections, terms and the study sentence read every sentence: find each one's lexicon hits once per chunk,
        // kept with the chunk's sentences for the next question about it (with what Background finds in them)
        Map<Sentence, SentenceView> seen = new IdentityHashMap<>();
        for (Chunk chunk : document.chunks()) {
            for (int i = 0; i < chunk.sentences().size(); i++) {
                seen.put(chunk.sentences().get(i), plain(chunk, i));
            }
        }
        Function<Sentence, SentenceView> views = s -> seen.computeIfAbsent(s, this.views);
        StringBuilder b = new StringBuilder();
        List<String> sections = new ArrayList<>();
        List<String> references = new ArrayList<>();
        Map<Integer, List<String>> byChunk = new LinkedHashMap<>();
        for (Sections.Section s : about.sections(document, views, background)) {
            String chunk = Integer.toString(s.chunk());
            if (s.heading() == null) {
                references.add(templates.fill("chunk", Map.of("chunk", chunk)));
            } else {
                List<String> headings = byChunk.computeIfAbsent(s.chunk(), k -> new ArrayList<>());
                if (headings.isEmpty()) {
                    sections.add(chunk); // replaced below by the chunk's sections
                }
                headings.add(templates.fill("heading", Map.of("heading", s.heading())));
            }
        }
        for (int i = 0; i < sections.size(); i++) {
            List<String> headings = byChunk.get(Integer.parseInt(sections.get(i)));
            sections.set(i, templates.fill(headings.size() == 1 ? "section" : "sections", Map.of("headings",
                    join(headings, templates.raw("list-and")), "chunk", sections.get(i))));
        }
        if (!sections.isEmpty()) {
            b.append(' ').append(templates.fill("about-sections", Map.of("sections", join(sections,
                    templates.raw("list-and")))));
        }
        if (!references.isEmpty()) {
            b.append(' ').append(templates.fill(references.size() == 1 ? "about-references-one"
                    : "about-references-many", Map.of("chunks", join(references, templates.raw("list-and")))));
        }
        if (terms) {
            b.append(termsSentence(document, views, topic));
        } else if (!about.namesDeepLearning(document, views)) {
            b.append(' ').append(templates.fill("about-nothing-deep", Map.of()));
        }
        for (StudySentences.Quoted q : about.studySentences(document, views, background)) {
            b.append(' ').append(templates.fill("about-quote", Map.of("text", q.text(), "chunk",
                    Integer.toString(q.chunk()))));
        }
        return b.toString();
    }

    /**
     * " The chunks mention A [1] and B [2][, but no deep learning model]." or nothing: the kinds named first for the
     * question's topic, then kind by kind in the order of about.txt.
     */
    private String termsSentence(Document document, Function<Sentence, SentenceView> views, String topic) {
        List<About.Named> named = about.named(document, views, background, topic, growth);
        List<String> terms = new ArrayList<>();
        for (int k : about.kindOrder(topic)) {
            for (About.Named n : named) {
                if (n.kind() == k) {
                    terms.add(templates.fill("fact", Map.of("fact", n.text(), "chunk", Integer.toString(n.chunk()))));
                }
            }
        }
        boolean deep = about.namesDeepLearning(document, views);
        if (terms.isEmpty()) {
            return deep ? "" : " " + templates.fill("about-nothing-deep", Map.of());
        }
        return " " + templates.fill(deep ? "about" : "about-no-deep-learning",
                Map.of("terms", join(terms, templates.raw("list-and"))));
    }
}
