package org.symqa.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One labelled item of a gold JSONL file, with the fields the scorer reads.
 *
 * @param id             the item id, matched against the prediction's id
 * @param question       the bare question ({@code ""} when absent)
 * @param prompt         the full prompt text ({@code ""} when absent)
 * @param contexts       the context chunks (empty when absent)
 * @param answerable     whether the context answers the question
 * @param peerAnswers    peer answers by model ({@code llm_answers}); a value may be null
 * @param peerJudgements "Yes"/"No" by model: {@code human_decisions}, or else {@code llm_categorical}
 * @param facts          short gold facts ({@code answers})
 * @param evidence       gold evidence sentences
 * @param cq             the study's question number as text, or null
 */
public record GoldItem(String id, String question, String prompt, List<String> contexts, boolean answerable,
                       Map<String, String> peerAnswers, Map<String, String> peerJudgements, List<String> facts,
                       List<String> evidence, String cq) {

    public GoldItem {
        contexts = List.copyOf(contexts);
        peerAnswers = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(peerAnswers));
        peerJudgements = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(peerJudgements));
        facts = List.copyOf(facts);
        evidence = List.copyOf(evidence);
    }

    /** Reads a gold object; a missing id or label, or a field of the wrong type, is an error naming the field. */
    public static GoldItem of(JsonNode node) throws GoldFormatException {
        JsonNode id = node.get("id");
        if (id == null || !id.isTextual()) {
            throw new GoldFormatException("'id' must be a string");
        }
        JsonNode answerable = node.get("answerable");
        if (answerable == null || !answerable.isBoolean()) {
            throw new GoldFormatException("'answerable' must be true or false");
        }
        Map<String, String> judged = stringMap(node, "human_decisions");
        if (judged.isEmpty()) {
            judged = stringMap(node, "llm_categorical");
        }
        JsonNode cq = node.has("cq_number") ? node.get("cq_number") : node.get("cq_index");
        return new GoldItem(id.asText(), text(node, "question"), text(node, "prompt"), strings(node, "contexts"),
                answerable.asBoolean(), stringMap(node, "llm_answers"), judged, strings(node, "answers"),
                strings(node, "evidence"), cq == null || cq.isNull() ? null : cq.asText());
    }

    /** True for a line the scorer skips: empty or only whitespace (Python's {@code str.isspace}). */
    public static boolean isBlankLine(String line) {
        return PyText.isBlank(line);
    }

    private static String text(JsonNode node, String field) throws GoldFormatException {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return "";
        }
        if (!v.isTextual()) {
            throw new GoldFormatException("'" + field + "' must be a string");
        }
        return v.asText();
    }

    private static List<String> strings(JsonNode node, String field) throws GoldFormatException {
        JsonNode v = node.get(field);
        List<String> out = new ArrayList<>();
        if (v == null || v.isNull()) {
            return out;
        }
        if (!v.isArray()) {
            throw new GoldFormatException("'" + field + "' must be a list of strings");
        }
        for (int i = 0; i < v.size(); i++) {
            if (!v.get(i).isTextual()) {
                throw new GoldFormatException("'" + field + "[" + i + "]' must be a string");
            }
            out.add(v.get(i).asText());
        }
        return out;
    }

    private static Map<String, String> stringMap(JsonNode node, String field) throws GoldFormatException {
        JsonNode v = node.get(field);
        Map<String, String> out = new LinkedHashMap<>();
        if (v == null || v.isNull()) {
            return out;
        }
        if (!v.isObject()) {
            throw new GoldFormatException("'" + field + "' must be an object");
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = v.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode x = e.getValue();
            if (x.isNull()) {
                out.put(e.getKey(), null);
            } else if (x.isTextual()) {
                out.put(e.getKey(), x.asText());
            } else {
                throw new GoldFormatException("'" + field + "." + e.getKey() + "' must be a string");
            }
        }
        return out;
    }
}
