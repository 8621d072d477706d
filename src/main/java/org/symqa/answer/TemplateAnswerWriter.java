package org.symqa.answer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.symqa.evidence.Background;
import org.symqa.evidence.Evidence;
import org.symqa.evidence.Fact;
import org.symqa.evidence.FactSettings;
import org.symqa.evidence.Finding;
import org.symqa.evidence.Verdict;
import org.symqa.evidence.Reason;
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
    private final Templates templates;
    private final TopicCatalog catalog;
    private final Pattern examples;
    private final AboutWriter aboutWriter;

    /**
     * @param templates the templates of {@code rules/answers.txt}
     * @param catalog   the topics, for their phrases
     * @param about     what an unanswered reply says the chunks are about
     * @param background which sentences speak of other work (their terms are not named)
     * @param views     an (untagged) sentence with its lexicon hits
     * @param growth    how facts grow ({@code rules/facts.txt}): the terms an unanswered reply names grow the same way
     *                  (null: named as found)
     */
    public TemplateAnswerWriter(Templates templates, TopicCatalog catalog, About about, Background background,
                                Function<Sentence, SentenceView> views, FactSettings growth) {
        this.templates = templates;
        this.catalog = catalog;
        this.aboutWriter = new AboutWriter(templates, about, background, views, growth);
        this.examples = templates.examples();
    }

    @Override
    public Answer write(Prompt prompt, TopicDecision topics, Finding finding, Document document) {
        return write(prompt, topics, finding, List.of(), document);
    }

    @Override
    public Answer write(Prompt prompt, TopicDecision topics, Finding finding, List<NearFinding> near,
                        Document document) {
        Topic topic = catalog.find(topics.topics().get(0)).orElse(catalog.general());
        Map<String, String> vars = new LinkedHashMap<>();
        vars.put("found", topic.found());
        vars.put("missing", topic.missing());
        vars.put("examples", examples(prompt.question()));
        vars.put("question", prompt.question());
        String lead;
        String key;
        List<Evidence> cited;
        FactList facts = FactList.of(finding.evidence(), templates.number("max-facts"), catalog.scoring().families(),
                Set.of(templates.raw("values-apart").strip().split("\\s+")));
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
        List<Fact> nearFacts = new ArrayList<>();
        String nearText = unanswered ? near(near, nearFacts) : "";
        vars.put("about", negated + nearText + (unanswered ? aboutWriter.write(document, topic.id(), nearText.isEmpty())
                : ""));
        lead = templates.fill(templates.has(key + "." + topic.id()) ? key + "." + topic.id() : key, vars);
        if (!unanswered) {
            lead = lead + negated + (finding.verdict() == Verdict.ANSWERED ? aboutWriter.noDeepLearning(document) : "");
        }
        List<String> items = new ArrayList<>();
        int window = templates.number(finding.verdict() == Verdict.ANSWERED ? "context-sentences"
                : "context-sentences-unanswered");
        for (Passages.Passage p : Passages.readable(Passages.of(cited, document, window),
                templates.number("min-quote-words"))) {
            items.add(templates.fill("evidence-item", Map.of("chunk", Integer.toString(p.chunk()), "text", p.text())));
        }
        String intro = finding.verdict() == Verdict.ANSWERED ? templates.fill("evidence-intro", vars) : "";
        return WordLimit.fit(key, lead, intro, items, prompt.wordLimit(),
                finding.verdict() == Verdict.ANSWERED || finding.reason() == Reason.NEGATED_EVIDENCE_ONLY
                        ? facts.stated() : nearFacts);
    }

    /**
     * " The context names these hyperparameters: dropout 0.5 [2]." for each answered near topic, with its own lead
     * (or the common one), filled through {@code about-near}; its facts are added to {@code out}. "" when none.
     */
    private String near(List<NearFinding> near, List<Fact> out) {
        List<String> sentences = new ArrayList<>();
        for (NearFinding n : near) {
            if (n.finding().verdict() != Verdict.ANSWERED) {
                continue;
            }
            FactList facts = FactList.of(n.finding().evidence(), templates.number("max-facts-near"),
                    catalog.scoring().families(), Set.of(templates.raw("values-apart").strip().split("\\s+")));
            Topic t = catalog.find(n.topic()).orElse(null);
            // a fact an earlier near topic named is not named again ("cross-validation" as a monitoring strategy
            // and as a generalizability measure)
            List<Fact> fresh = facts.used().stream().filter(f -> out.stream().noneMatch(o -> o.text()
                    .equalsIgnoreCase(f.text()))).toList();
            if (t == null || fresh.isEmpty()) {
                continue;
            }
            String key = templates.has(Templates.TOPIC_ANSWER + t.id()) ? Templates.TOPIC_ANSWER + t.id() : "answered";
            sentences.add(templates.fill(key, Map.of("found", t.found(), "missing", t.missing(), "examples", "",
                    "question", "", "facts", list(fresh))));
            out.addAll(fresh);
        }
        return sentences.isEmpty() ? "" : " " + templates.fill("about-near", Map.of("near", String.join(" ", sentences)));
    }

    private static List<Evidence> pick(List<Evidence> evidence, RuleKind kind, int max) {
        return evidence.stream().filter(e -> e.kind() == kind).limit(max).toList();
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

    /** "a, b and c" with {@code last} for "and". */
    static String join(List<String> parts, String last) {
        if (parts.size() <= 1) {
            return String.join("", parts);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " " + last + " " + parts.get(parts.size() - 1);
    }
}
