package org.symqa.explain;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The trace as a JSON object (the {@code trace} field of {@code --trace} results; see docs/trace.md). */
public final class TraceJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private TraceJson() {
    }

    /** The trace as JSON, verdicts (the near topics' too) and reason in their lower-case JSON names. */
    public static ObjectNode of(Trace t) {
        ObjectNode o = MAPPER.valueToTree(t);
        o.put("verdict", t.verdict().json());
        o.put("reason", t.reason().json());
        for (int i = 0; i < t.near().size(); i++) {
            ((ObjectNode) o.get("near").get(i)).put("verdict", t.near().get(i).verdict().json());
        }
        return o;
    }
}
