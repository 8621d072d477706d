package org.symqa.topic;

import java.util.List;

/**
 * The topics recognised in a question, best first, with the cues that decided (for explanations).
 *
 * @param topics topic ids, best first; {@code [general]} when no topic was recognised
 * @param cues   every cue that held, per topic
 */
public record TopicDecision(List<String> topics, List<Cue> cues) {

    /** A cue that held: the topic, the item as written in the rule file, the question words it matched, its points. */
    public record Cue(String topic, String item, String words, int points) {
    }

    public TopicDecision {
        topics = List.copyOf(topics);
        cues = List.copyOf(cues);
        if (topics.isEmpty()) {
            throw new IllegalArgumentException("a decision names at least one topic");
        }
    }

    /** True when the question fell outside every topic. */
    public boolean isGeneral() {
        return topics.size() == 1 && topics.get(0).equals(TopicCatalog.GENERAL);
    }
}
