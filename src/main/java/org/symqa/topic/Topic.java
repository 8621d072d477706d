package org.symqa.topic;

import java.util.List;
import java.util.Objects;
import org.symqa.rules.AnyOf;
import org.symqa.rules.Example;

/**
 * A question topic of {@code rules/topics.rules}: its id, study number, the phrases the answer templates use, and
 * the cues that recognise it in a question.
 *
 * @param id       topic id, e.g. {@code hardware}
 * @param cq       the study's question number (0 when none)
 * @param missing  lower-case phrase for "the context does not say ..."
 * @param found    sentence opening for an answer, before the facts
 * @param keys     strong cues (key-points each line that holds)
 * @param cues     weak cues (cue-points each line that holds)
 * @param exclusions its {@code not:} lines, each with the {@code unless:} line that waives it (if any)
 * @param need     lines that must all hold for the topic to be recognised
 * @param must     example questions that must be recognised as this topic
 * @param mustNot  example questions that must not be
 * @param file     the topics file
 * @param line     line of {@code topic ID}
 */
public record Topic(String id, int cq, String missing, String found, List<AnyOf> keys, List<AnyOf> cues,
                    List<Exclusion> exclusions, List<AnyOf> need, List<Example> must, List<Example> mustNot,
                    String file, int line) {
    public Topic {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(missing, "missing");
        Objects.requireNonNull(found, "found");
        keys = List.copyOf(keys);
        cues = List.copyOf(cues);
        exclusions = List.copyOf(exclusions);
        need = List.copyOf(need);
        must = List.copyOf(must);
        mustNot = List.copyOf(mustNot);
    }

    /** The items of its {@code not:} and {@code unless:} lines, in file order. */
    public List<AnyOf> exclusionLines() {
        List<AnyOf> out = new java.util.ArrayList<>();
        for (Exclusion x : exclusions) {
            out.add(x.not());
            if (x.unless() != null) {
                out.add(x.unless());
            }
        }
        return out;
    }

    /**
     * A {@code not:} line of a topic: its items rule the topic out when one stands in the question, unless an item of
     * the {@code unless:} line right after it (null: none) stands there too.
     */
    public record Exclusion(AnyOf not, AnyOf unless) {
        public Exclusion {
            Objects.requireNonNull(not, "not");
        }
    }
}
