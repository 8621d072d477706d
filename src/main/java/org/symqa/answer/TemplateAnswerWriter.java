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
 * context does not tell, then what it does give: the near topics' facts, {@link NearWriter}, and what the chunks are
 * about, {@link AboutWriter}), then the cited sentences as passages with their neighbouring sentences (direct
 * evidence first, then related evidence), cut to the prompt's word limit.
 */
public final class TemplateAnswerWriter implements AnswerWriter {
    private final Templates templates;
    private final TopicCatalog catalog;
    private final Pattern examples;
    private final AboutWriter aboutWriter;
    private final NearWriter nearWriter;
    private final Set<String> apart;

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
        this.apart = Set.of(templates.raw("values-apart").strip().split("\\s+"));
        this.nearWriter = new NearWriter(templates, catalog, apart);
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
                apart);
        if (finding.verdict() == Verdict.ANSWERED) {
            cited = new ArrayList<>(pick(finding.evidence(), RuleKind.DIRECT, templates.number("max-direct")));
            cited.addAll(pick(finding.evidence(), RuleKind.RELATED, templates.number("max-related")));
            vars.put("facts", FactList.list(facts.used(), templates));
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
                    Map.of("facts", FactList.list(facts.negated(), templates)));
        }
        boolean unanswered = finding.verdict() != Verdict.ANSWERED && finding.reason() != Reason.NO_CONTEXT;
        List<Fact> nearFacts = new ArrayList<>();
        String nearText = unanswered ? nearWriter.write(near, facts.stated(), nearFacts) : "";
        vars.put("about", negated + nearText + (unanswered ? aboutWriter.write(document, topic.id(), nearText.isEmpty())
                : ""));
        lead = templates.fill(templates.forTopic(key, topic.id()), vars);
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
                finding.verdict() == Verdict.ANSWERED ? facts.stated() : concat(finding.reason()
                        == Reason.NEGATED_EVIDENCE_ONLY ? facts.stated() : List.of(), nearFacts));
    }

    private static List<Fact> concat(List<Fact> a, List<Fact> b) {
        List<Fact> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    private static List<Evidence> pick(List<Evidence> evidence, RuleKind kind, int max) {
        return evidence.stream().filter(e -> e.kind() == kind).limit(max).toList();
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
