package org.symqa.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.symqa.evidence.Evidence;
import org.symqa.evidence.Extraction;
import org.symqa.evidence.Fact;
import org.symqa.evidence.Finding;
import org.symqa.evidence.Reason;
import org.symqa.evidence.Verdict;
import org.symqa.nlp.Document;
import org.symqa.prompt.Prompt;
import org.symqa.rules.RuleKind;
import org.symqa.topic.TopicCatalog;
import org.symqa.topic.TopicDecision;

/**
 * Writes answers to general questions from the templates of {@code rules/answers.txt}: the extracted answer span
 * (or yes, no, "the context does not settle it") with its chunk, then the sentence it stands in; when the context
 * does not answer, the nearest sentences. Quotes are short: {@code general-context-sentences} around each sentence.
 */
public final class GeneralAnswerWriter implements AnswerWriter {
    private final Templates templates;
    private final TopicCatalog catalog;

    public GeneralAnswerWriter(Templates templates, TopicCatalog catalog) {
        this.templates = templates;
        this.catalog = catalog;
    }

    @Override
    public Answer write(Prompt prompt, TopicDecision topics, Finding finding, Document document) {
        // no "${about}" sentence: the terms of rules/about.txt are the 28 topics' words
        Map<String, String> vars = Map.of("missing", catalog.general().missing(), "examples", "", "about", "",
                "found", catalog.general().found());
        String key;
        String lead;
        List<Evidence> cited;
        if (finding.verdict() == Verdict.ANSWERED && finding.extraction().isPresent()) {
            Extraction x = finding.extraction().get();
            key = x.reply() == null ? "general-answered" : "general-" + x.reply();
            lead = templates.fill(key, Map.of("answer", x.fact().text(), "chunk", Integer.toString(x.fact().chunk())));
            cited = finding.evidence().stream().filter(e -> e.kind() == RuleKind.DIRECT).limit(1).toList();
        } else if (finding.reason() == Reason.NO_CONTEXT) {
            key = "no-context";
            lead = templates.fill(key, vars);
            cited = List.of();
        } else if (finding.verdict() == Verdict.PARTIAL) {
            key = "partial";
            lead = templates.fill(key, vars);
            cited = finding.evidence().stream().filter(e -> e.kind() == RuleKind.RELATED)
                    .limit(templates.number("max-related")).toList();
        } else {
            key = "no-information";
            lead = templates.fill(key, vars);
            cited = List.of();
        }
        List<String> items = new ArrayList<>();
        for (Passages.Passage p : Passages.of(cited, document, templates.number("general-context-sentences"))) {
            items.add(templates.fill("evidence-item", Map.of("chunk", Integer.toString(p.chunk()), "text", p.text())));
        }
        String intro = finding.verdict() == Verdict.ANSWERED ? templates.fill("evidence-intro", vars) : "";
        List<Fact> facts = finding.extraction().map(x -> List.of(x.fact())).orElse(List.of());
        return WordLimit.fit(key, lead, intro, items, prompt.wordLimit(), facts);
    }
}
