package org.symqa.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.symqa.Result;
import org.symqa.evidence.Evidence;
import org.symqa.evidence.Verdict;
import org.symqa.rules.RuleKind;

/**
 * What the scorer reads of one answer: the verdict, the answer text, the cited evidence sentences and the rules
 * whose direct evidence was cited.
 *
 * @param id           the item id
 * @param verdict      the verdict
 * @param answer       the answer text
 * @param evidence     the cited sentences, as in the result object's {@code evidence}
 * @param directRules  ids of the rules whose direct evidence the answer cites, each once, in citation order
 * @param span         the answer span (a general question's extracted answer, or yes/no/unsettled), or null
 */
public record Prediction(String id, Verdict verdict, String answer, List<String> evidence, List<String> directRules,
                         String span) {
    public Prediction {
        evidence = List.copyOf(evidence);
        directRules = List.copyOf(directRules);
    }

    /** The prediction a pipeline result makes for an item. */
    public static Prediction of(String id, Result result) {
        List<String> texts = new ArrayList<>();
        Set<String> rules = new LinkedHashSet<>();
        for (Evidence e : result.citedEvidence()) {
            texts.add(e.text());
            if (result.finding().verdict() == Verdict.ANSWERED && e.kind() == RuleKind.DIRECT) {
                rules.add(e.rule());
            }
        }
        String span = result.finding().extraction().map(org.symqa.evidence.Extraction::phrase).orElse(null);
        return new Prediction(id, result.finding().verdict(), result.answer().text(), texts, new ArrayList<>(rules),
                span);
    }

    /**
     * Reads a result object as {@code symqa batch} writes it: {@code id}, {@code verdict}, {@code answer} and
     * {@code evidence} (objects with {@code text} and {@code rule}; when answered, all of it is direct evidence).
     */
    public static Prediction fromJson(JsonNode node) throws GoldFormatException {
        JsonNode id = node.get("id");
        if (id == null || !id.isTextual()) {
            throw new GoldFormatException("'id' must be a string");
        }
        JsonNode v = node.get("verdict");
        Verdict verdict = null;
        for (Verdict x : Verdict.values()) {
            if (v != null && v.isTextual() && x.json().equals(v.asText())) {
                verdict = x;
            }
        }
        if (verdict == null) {
            throw new GoldFormatException(id.asText() + ": verdict " + v + " is not answered|partial|no_information");
        }
        JsonNode answer = node.get("answer");
        List<String> texts = new ArrayList<>();
        Set<String> rules = new LinkedHashSet<>();
        JsonNode evidence = node.get("evidence");
        if (evidence != null && evidence.isArray()) {
            for (JsonNode e : evidence) {
                texts.add(e.path("text").asText(""));
                if (verdict == Verdict.ANSWERED && e.path("rule").isTextual()) {
                    rules.add(e.path("rule").asText());
                }
            }
        }
        return new Prediction(id.asText(), verdict, answer == null || answer.isNull() ? "" : answer.asText(), texts,
                new ArrayList<>(rules), null);
    }

    /** True when the verdict says the context answers the question. */
    public boolean saysAnswered() {
        return verdict == Verdict.ANSWERED;
    }
}
