package org.symqa;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.symqa.evidence.Evidence;
import org.symqa.evidence.Fact;
import org.symqa.evidence.Verdict;

/**
 * The result object as JSON, fields in a fixed order: {@code id, verdict, answer, topic, evidence, facts, reason} (and
 * {@code millis} when timings are asked for).
 */
public final class ResultJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ResultJson() {
    }

    /** The result object. {@code millis} below 0 leaves timing out. */
    public static ObjectNode of(String id, Result r, long millis) {
        ObjectNode o = MAPPER.createObjectNode();
        if (id != null) {
            o.put("id", id);
        }
        o.put("verdict", r.finding().verdict().json());
        o.put("answer", r.answer().text());
        ArrayNode topics = o.putArray("topic");
        r.topicIds().forEach(topics::add);
        ArrayNode ev = o.putArray("evidence");
        for (Evidence e : r.citedEvidence()) {
            ObjectNode x = ev.addObject();
            x.put("chunk", e.chunk());
            x.put("start", e.start());
            x.put("end", e.end());
            x.put("text", e.text());
            x.put("rule", e.rule());
        }
        ArrayNode facts = o.putArray("facts");
        for (Fact f : r.answer().facts()) {
            fact(facts, f, null);
        }
        if (r.finding().verdict() == Verdict.ANSWERED) {
            o.putNull("reason");
        } else {
            o.put("reason", r.finding().reason().json());
        }
        if (millis >= 0) {
            o.put("millis", millis);
        }
        return o;
    }

    /** A fact and then its roles' facts, flat, each {@code {text, chunk, start, end, rule, role, negated}}. */
    private static void fact(ArrayNode out, Fact f, String parentRole) {
        ObjectNode x = out.addObject();
        x.put("text", f.text());
        x.put("chunk", f.chunk());
        x.put("start", f.start());
        x.put("end", f.end());
        x.put("rule", f.rule());
        if (f.role() == null) {
            x.putNull("role");
        } else {
            x.put("role", f.role());
        }
        x.put("negated", f.negated());
        f.details().forEach(d -> fact(out, d, f.role()));
    }

    /** An error result for one input. */
    public static ObjectNode error(String id, String message) {
        ObjectNode o = MAPPER.createObjectNode();
        if (id != null) {
            o.put("id", id);
        }
        o.put("error", message);
        return o;
    }

    /** One line of JSON. */
    public static String line(ObjectNode o) {
        try {
            return MAPPER.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Pretty JSON. */
    public static String pretty(ObjectNode o) {
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
