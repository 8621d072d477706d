package org.symqa.paper;

import org.symqa.ResultJson;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One JSON line per question of a paper: {@code id, paper, file, cq, question}, then the fields of the result
 * object, with each evidence sentence's {@code page} and {@code section}.
 */
public final class PaperJson {
    private PaperJson() {
    }

    /** The result line of one answer. */
    public static ObjectNode of(PaperReport report, PaperAnswer a) {
        ObjectNode o = ResultJson.error(null, "");
        o.remove("error");
        o.put("id", report.paper().uid() + ":" + a.question().column());
        o.put("paper", report.paper().uid());
        o.put("file", report.paper().source());
        o.put("cq", a.question().column());
        o.put("question", a.question().text());
        ObjectNode r = ResultJson.of(null, a.result(), -1);
        ArrayNode evidence = o.arrayNode();
        for (Citation c : a.citations()) {
            ObjectNode x = evidence.addObject();
            x.put("page", c.location().page());
            Heading s = c.location().section();
            if (s == null) {
                x.putNull("section");
            } else {
                x.put("section", s.label());
            }
            x.put("chunk", c.evidence().chunk());
            x.put("start", c.evidence().start());
            x.put("end", c.evidence().end());
            x.put("text", c.evidence().text());
            x.put("rule", c.evidence().rule());
        }
        r.set("evidence", evidence);
        o.setAll(r);
        return o;
    }

    /** The error line of a file that could not be read. */
    public static ObjectNode error(String file, String message) {
        ObjectNode o = ResultJson.error(null, message);
        o.remove("error");
        o.put("file", file);
        o.put("error", message);
        return o;
    }
}
