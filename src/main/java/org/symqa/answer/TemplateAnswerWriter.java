package org.symqa.answer;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.symqa.evidence.Background;
import org.symqa.evidence.Evidence;
import org.symqa.evidence.Fact;
import org.symqa.evidence.Finding;
import org.symqa.evidence.Verdict;
import org.symqa.evidence.Reason;
import org.symqa.nlp.Chunk;
import org.symqa.nlp.Document;
import org.symqa.nlp.Sentence;
import org.symqa.prompt.Prompt;
import org.symqa.rules.RuleKind;
import org.symqa.rules.SentenceView;
import org.symqa.topic.Topic;
import org.symqa.topic.TopicCatalog;
import org.symqa.topic.TopicDecision;

/**
 * Writes answers from the templates of {@code rules/answers.txt}: a lead sentence naming the facts (or saying the
 * context does not tell), then the cited sentences as passages with their neighbouring sentences (direct evidence
 * first, then related evidence), cut to the prompt's word limit.
 */
public final class TemplateAnswerWriter implements AnswerWriter {
    /** The {@link org.symqa.nlp.Sentences#memo} slot of an untagged sentence's view (its lexicon hits). */
    public static final int PLAIN_VIEW_SLOT = 2;

    private final Templates templates;
    private final TopicCatalog catalog;
    private final Pattern examples;
    private final About about;
    private final Background background;
    private final Function<Sentence, SentenceView> views;

    /**
     * @param templates the templates of {@code rules/answers.txt}
     * @param catalog   the topics, for their phrases
     * @param about     what an unanswered reply says the chunks are about
     * @param background which sentences speak of other work (their terms are not named)
     * @param views     an (untagged) sentence with its lexicon hits
     */
    public TemplateAnswerWriter(Templates templates, TopicCatalog catalog, About about, Background background,
                                Function<Sentence, SentenceView> views) {
        this.background = background;
        this.templates = templates;
        this.catalog = catalog;
        this.about = about;
        this.views = views;
        this.examples = templates.examples();
    }

    @Override
    public Answer write(Prompt prompt, TopicDecision topics, Finding finding, Document document) {
        Topic topic = catalog.find(topics.topics().get(0)).orElse(catalog.general());
        Map<String, String> vars = new LinkedHashMap<>();
        vars.put("found", topic.found());
        vars.put("missing", topic.missing());
        vars.put("examples", examples(prompt.question()));
        vars.put("question", prompt.question());
        String lead;
        String key;
        List<Evidence> cited;
        FactList facts = FactList.of(finding.evidence(), templates.number("max-facts"));
        if (finding.verdict() == Verdict.ANSWERED) {
            cited = new ArrayList<>(pick(finding.evidence(), RuleKind.DIRECT, templates.number("max-direct")));
            cited.addAll(pick(finding.evidence(), RuleKind.RELATED, templates.number("max-related")));
            vars.put("facts", list(facts.used()));
            key = facts.used().isEmpty() ? "answered-without-facts" : "answered";
        } else if (finding.reason() == Reason.NEGATED_EVIDENCE_ONLY) {
            cited = new ArrayList<>(pick(finding.evidence(), RuleKind.DIRECT, templates.number("max-direct")));
            cited.addAll(pick(finding.evidence(), RuleKind.RELATED, templates.number("max-related")));
            key = "no-information";
        } else if (finding.reason() == Reason.NO_CONTEXT) {
            cited = List.of();
            key = "no-context";
        } else if (finding.verdict() == Verdict.PARTIAL) {
            cited = pick(finding.evidence(), RuleKind.RELATED, templates.number("max-related-unanswered"));
            key = "partial";
        } else {
            cited = List.of();
            key = "no-information";
        }
        String negated = "";
        if (!facts.negated().isEmpty()) {
            negated = " " + templates.fill(facts.negated().size() == 1 ? "negated-one" : "negated-many",
                    Map.of("facts", list(facts.negated())));
        }
        boolean unanswered = finding.verdict() != Verdict.ANSWERED && finding.reason() != Reason.NO_CONTEXT;
        vars.put("about", negated + (unanswered ? aboutSentence(document) : ""));
        lead = templates.fill(templates.has(key + "." + topic.id()) ? key + "." + topic.id() : key, vars);
        if (!unanswered) {
            lead = lead + negated;
        }
        List<String> items = new ArrayList<>();
        int window = templates.number(finding.verdict() == Verdict.ANSWERED ? "context-sentences"
                : "context-sentences-unanswered");
        for (Passages.Passage p : Passages.of(cited, document, window)) {
            items.add(templates.fill("evidence-item", Map.of("chunk", Integer.toString(p.chunk()), "text", p.text())));
        }
        String intro = finding.verdict() == Verdict.ANSWERED ? templates.fill("evidence-intro", vars) : "";
        return WordLimit.fit(key, lead, intro, items, prompt.wordLimit(),
                finding.verdict() == Verdict.ANSWERED || finding.reason() == Reason.NEGATED_EVIDENCE_ONLY
                        ? facts.stated() : List.of());
    }

    private static List<Evidence> pick(List<Evidence> evidence, RuleKind kind, int max) {
        return evidence.stream().filter(e -> e.kind() == kind).limit(max).toList();
    }

    /**
     * What the chunks are about: " The chunks come from the sections "3.1. Training" [1] and a reference list [4].
     * They mention ResNet-50 [2].", either part left out when empty.
     */
    private String aboutSentence(Document document) {
        // sections, terms and the study sentence read every sentence: find each one's lexicon hits once per chunk,
        // kept with the chunk's sentences for the next question about it (with what Background finds in them)
        Map<Sentence, SentenceView> seen = new IdentityHashMap<>();
        for (Chunk chunk : document.chunks()) {
            for (int i = 0; i < chunk.sentences().size(); i++) {
                Sentence s = chunk.sentences().get(i);
                seen.put(s, chunk.annotation().memo(PLAIN_VIEW_SLOT, i, () -> this.views.apply(s)));
            }
        }
        Function<Sentence, SentenceView> views = s -> seen.computeIfAbsent(s, this.views);
        StringBuilder b = new StringBuilder();
        List<String> sections = new ArrayList<>();
        Map<Integer, List<String>> byChunk = new LinkedHashMap<>();
        for (About.Section s : about.sections(document, views, background)) {
            String chunk = Integer.toString(s.chunk());
            if (s.heading() == null) {
                sections.add(templates.fill("reference-list", Map.of("chunk", chunk)));
            } else {
                List<String> headings = byChunk.computeIfAbsent(s.chunk(), k -> new ArrayList<>());
                if (headings.isEmpty()) {
                    sections.add(chunk); // replaced below by the chunk's sections
                }
                headings.add(templates.fill("heading", Map.of("heading", s.heading())));
            }
        }
        for (int i = 0; i < sections.size(); i++) {
            List<String> headings = sections.get(i).matches("\\d+") ? byChunk.get(Integer.parseInt(sections.get(i)))
                    : null;
            if (headings != null) {
                sections.set(i, templates.fill(headings.size() == 1 ? "section" : "sections", Map.of("headings",
                        join(headings, templates.raw("list-and")), "chunk", sections.get(i))));
            }
        }
        if (!sections.isEmpty()) {
            b.append(' ').append(templates.fill("about-sections", Map.of("sections", join(sections,
                    templates.raw("list-and")))));
        }
        List<String> named = new ArrayList<>();
        for (About.Named n : about.terms(document, views, background)) {
            named.add(templates.fill("fact", Map.of("fact", n.text(), "chunk", Integer.toString(n.chunk()))));
        }
        if (!named.isEmpty()) {
            b.append(' ').append(templates.fill("about", Map.of("terms", join(named, templates.raw("list-and")))));
        }
        for (StudySentences.Quoted q : about.studySentences(document, views, background)) {
            b.append(' ').append(templates.fill("about-quote", Map.of("text", q.text(), "chunk",
                    Integer.toString(q.chunk()))));
        }
        return b.toString();
    }

    private String list(List<Fact> facts) {
        return join(facts.stream().map(f -> FactList.render(f, templates)).toList(), templates.raw("list-and"));
    }

    private String examples(String question) {
        Matcher m = examples.matcher(question);
        if (!m.find()) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        for (String p : m.group(1).split(",")) {
            if (!p.isBlank()) {
                parts.add(p.strip());
            }
        }
        if (parts.isEmpty()) {
            return "";
        }
        return templates.fill("examples", Map.of("list", join(parts, templates.raw("list-or"))));
    }

    private static String join(List<String> parts, String last) {
        if (parts.size() <= 1) {
            return String.join("", parts);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " " + last + " " + parts.get(parts.size() - 1);
    }
}
