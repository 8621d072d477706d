package org.symqa.explain;

import java.util.List;

/**
 * How near a rule came to matching: the sentence where most of its conditions held, which held and which did not.
 *
 * @param rule     rule id
 * @param location {@code file:line}
 * @param chunk    1-based chunk of the nearest sentence (0 when the context has none)
 * @param sentence the nearest sentence
 * @param held     conditions that held there, with the words that made them hold
 * @param failed   conditions that did not hold (where a pattern stopped)
 */
public record NearMiss(String rule, String location, int chunk, String sentence, List<String> held,
                       List<String> failed) {
    public NearMiss {
        held = List.copyOf(held);
        failed = List.copyOf(failed);
    }
}
