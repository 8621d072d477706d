package org.symqa.answer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.symqa.evidence.Evidence;
import org.symqa.evidence.Finding;
import org.symqa.evidence.Verdict;
import org.symqa.evidence.Reason;
import org.symqa.nlp.Document;
import org.symqa.prompt.Prompt;
import org.symqa.rules.RuleKind;
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

    public TemplateAnswerWriter(Templates templates, TopicCatalog catalog) {
        this.templates = templates;
        this.catalog = catalog;
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
        if (finding.verdict() == Verdict.ANSWERED) {
            cited = new ArrayList<>(pick(finding.evidence(), RuleKind.DIRECT, templates.number("max-direct")));
            cited.addAll(pick(finding.evidence(), RuleKind.RELATED, templates.number("max-related")));
            String facts = facts(finding.evidence());
            vars.put("facts", facts);
            key = facts.isEmpty() ? "answered-without-facts" : "answered";
        } else if (finding.reason() == Reason.NO_CONTEXT) {
            cited = List.of();
            key = "no-context";
        } else if (finding.verdict() == Verdict.PARTIAL) {
            cited = pick(finding.evidence(), RuleKind.RELATED, templates.number("max-related"));
            key = "partial";
        } else {
            cited = List.of();
            key = "no-information";
        }
        lead = templates.fill(key, vars);
        List<String> items = new ArrayList<>();
        for (Passages.Passage p : Passages.of(cited, document, templates.number("context-sentences"))) {
            items.add(templates.fill("evidence-item", Map.of("chunk", Integer.toString(p.chunk()), "text", p.text())));
        }
        String intro = finding.verdict() == Verdict.ANSWERED ? templates.fill("evidence-intro", vars) : "";
        return WordLimit.fit(key, lead, intro, items, prompt.wordLimit());
    }

    private static List<Evidence> pick(List<Evidence> evidence, RuleKind kind, int max) {
        return evidence.stream().filter(e -> e.kind() == kind).limit(max).toList();
    }

    private String facts(List<Evidence> evidence) {
        Map<String, String> seen = new LinkedHashMap<>();
        for (Evidence e : evidence) {
            if (e.kind() != RuleKind.DIRECT) {
                continue;
            }
            for (String f : e.facts()) {
                String key = f.toLowerCase(Locale.ROOT).replaceAll("(?<=[a-z]{3})s$", "");
                if (!seen.containsKey(key) && seen.size() < templates.number("max-facts")) {
                    seen.put(key, templates.fill("fact", Map.of("fact", f, "chunk", Integer.toString(e.chunk()))));
                }
            }
        }
        return join(new ArrayList<>(seen.values()), templates.raw("list-and"));
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
