package org.symqa.answer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.symqa.resources.KeyValueFile;
import org.symqa.resources.SourceException;

/**
 * The {@code near.TOPIC: TOPIC ...} lines of {@code rules/answers.txt}: the neighbouring steps of the pipeline whose
 * facts an unanswered reply to a question of TOPIC names ("The context does not say how the hyperparameters were
 * optimized. The context names these hyperparameters: ..."). One place for what such a line means: how it is read
 * and what makes it wrong.
 */
final class NearTopics {
    /** The key prefix of a near line. */
    static final String PREFIX = "near.";

    private NearTopics() {
    }

    /** The near topics of {@code topic}, in the line's order; none when the file has no line for it. */
    static List<String> of(KeyValueFile file, String topic) {
        return file.find(PREFIX + topic).map(e -> names(e.value())).orElse(List.of());
    }

    private static List<String> names(String value) {
        return Arrays.stream(value.strip().split("\\s+")).filter(n -> !n.isEmpty()).toList();
    }

    /**
     * Adds to {@code errors} what is wrong with a near line: a key naming no topic of {@code topics} (reported at the
     * key, as for {@code answered.TOPIC}), near topics that are none (at the value; any name is one when
     * {@code topics} is null), and a near topic named twice or as its own.
     */
    static void check(KeyValueFile file, KeyValueFile.Entry e, Collection<String> topics,
                      Collection<SourceException> errors) {
        String topic = e.key().substring(PREFIX.length());
        if (topics != null && !topics.contains(topic)) {
            errors.add(new SourceException(file.name(), e.line(), 1, "'" + e.key() + "' names no topic of topics.rules ("
                    + String.join(", ", topics) + ")"));
        }
        List<String> unknown = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        for (String n : names(e.value())) {
            if (topics != null && !topics.contains(n)) {
                unknown.add(n);
            } else if (n.equals(topic) || seen.contains(n)) {
                errors.add(new SourceException(file.name(), e.line(), e.column(), "'" + e.key() + "' names '" + n
                        + "' twice or as its own near topic"));
            }
            seen.add(n);
        }
        if (!unknown.isEmpty()) {
            errors.add(new SourceException(file.name(), e.line(), e.column(), "'" + e.key() + "' names as near topics "
                    + "no topics of topics.rules: " + String.join(", ", unknown)));
        }
    }
}
