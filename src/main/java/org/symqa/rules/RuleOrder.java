package org.symqa.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The order in which the rules of a question's topics are tried: direct rules before related ones, in file order. */
public final class RuleOrder {
    private RuleOrder() {
    }

    /** The rules of {@code topics} (best topic first) from {@code rulesByTopic}, direct rules first. */
    public static List<Rule> of(Map<String, List<Rule>> rulesByTopic, List<String> topics) {
        List<Rule> out = new ArrayList<>();
        for (RuleKind kind : RuleKind.values()) {
            for (String topic : topics) {
                for (Rule r : rulesByTopic.getOrDefault(topic, List.of())) {
                    if (r.kind() == kind) {
                        out.add(r);
                    }
                }
            }
        }
        return out;
    }
}
