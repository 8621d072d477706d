package org.symqa.eval;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/** Counts, per rule and per topic, the items on which direct evidence was cited, split by the gold label. */
final class FiringTally {
    private final Function<String, String> topicOfRule;
    private final Map<String, Firing> rules = new TreeMap<>();
    private final Map<String, Firing> topics = new TreeMap<>();

    FiringTally(Function<String, String> topicOfRule) {
        this.topicOfRule = topicOfRule;
    }

    /** Counts one item: each rule and each topic at most once. */
    void add(GoldItem item, Prediction pred) {
        Set<String> seenTopics = new LinkedHashSet<>();
        for (String rule : pred.directRules()) {
            rules.merge(rule, new Firing(rule, 0, 0).plus(item.answerable()), (a, b) -> a.plus(item.answerable()));
            seenTopics.add(topicOfRule.apply(rule));
        }
        for (String topic : seenTopics) {
            topics.merge(topic, new Firing(topic, 0, 0).plus(item.answerable()), (a, b) -> a.plus(item.answerable()));
        }
    }

    /** Per topic, by topic id. */
    List<Firing> topics() {
        return new ArrayList<>(topics.values());
    }

    /** Per rule, by rule id. */
    List<Firing> rules() {
        return new ArrayList<>(rules.values());
    }

    /** The topic of a rule. */
    String topicOf(String rule) {
        return topicOfRule.apply(rule);
    }
}
