package org.symqa.evidence;

import org.symqa.resources.KeyValueFile;
import org.symqa.resources.SourceException;
import org.symqa.rules.AnyOf;
import org.symqa.rules.ItemParser;
import org.symqa.rules.SentenceView;

import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.IntFunction;

/**
 * Tells a sentence about the study's statistical analysis from one about its deep learning, by the optional
 * {@code other-model*} keys of {@code rules/background.txt}. Ecology papers fit mixed, occupancy or distribution
 * models to what the network found, and their steps read like a network's: "Before fitting, we log-transformed park
 * area and scaled all covariates", "We stopped adding iterations when all R-hat values were below 1.01". A sentence
 * of one of the listed topics is about another model when it names no deep-learning word and the nearest sentence at
 * or before it (within the reach, in the same chunk) that names a model of either kind names a statistical model and
 * no deep-learning word, while another sentence of the prompt names deep learning. Such a sentence is related evidence, never a fact of the deep-learning pipeline.
 *
 * @param model  words that name a statistical model ({@code other-model:})
 * @param deep   words that name deep learning ({@code other-model-deep:})
 * @param reach  how many sentences before a sentence may name the model it speaks of ({@code other-model-reach:})
 * @param topics the topics whose steps a statistical analysis shares ({@code other-model-topics:})
 */
public record OtherModel(AnyOf model, AnyOf deep, int reach, Set<String> topics) {
    /** The keys of the settings, in file order. */
    static final List<String> KEYS = List.of("other-model", "other-model-deep", "other-model-reach",
            "other-model-topics");

    public OtherModel {
        java.util.Objects.requireNonNull(model, "model");
        java.util.Objects.requireNonNull(deep, "deep");
        if (reach < 0) {
            throw new IllegalArgumentException("reach must be 0 or more, got " + reach);
        }
        topics = Set.copyOf(topics);
        if (topics.isEmpty()) {
            throw new IllegalArgumentException("other-model-topics needs at least one topic");
        }
    }

    /**
     * True when sentence {@code i} of a chunk ({@code view} gives its sentences) speaks of the study's statistical
     * model, for a rule of {@code topic}. Only a prompt that names deep learning somewhere ({@code deepInPrompt},
     * asked last) has two kinds of model: where none is named, the statistical model is the study's only one, and
     * people count its steps as the answer.
     */
    public boolean test(String topic, int i, IntFunction<SentenceView> view, BooleanSupplier deepInPrompt) {
        if (!topics.contains(topic)) {
            return false;
        }
        for (int j = i; j >= 0 && j >= i - reach; j--) {
            SentenceView s = view.apply(j);
            if (deep.any(s)) {
                return false;
            }
            if (model.any(s)) {
                return deepInPrompt.getAsBoolean();
            }
        }
        return false;
    }

    /** True when the sentence names deep learning ({@code other-model-deep:}). */
    public boolean namesDeep(SentenceView s) {
        return deep.any(s);
    }

    /** The settings of the file, or null when it has no {@code other-model:} line; all four keys go together. */
    static OtherModel from(KeyValueFile f, ItemParser items) throws SourceException {
        if (f.find(KEYS.get(0)).isEmpty()) {
            for (String key : KEYS) {
                if (f.find(key).isPresent()) {
                    throw new SourceException(f.name(), f.find(key).get().line(), 1,
                            key + ": without an other-model: line has no effect");
                }
            }
            return null;
        }
        KeyValueFile.Entry reach = f.require(KEYS.get(2));
        int n = (int) Background.number(f, KEYS.get(2), 0, 10);
        if (n != Double.parseDouble(reach.value())) {
            throw new SourceException(f.name(), reach.line(), 1, "other-model-reach must be a whole number, got "
                    + reach.value());
        }
        KeyValueFile.Entry listed = f.require(KEYS.get(3));
        Set<String> topics = new java.util.TreeSet<>();
        for (String t : listed.value().split("\\|")) {
            if (!t.isBlank()) {
                topics.add(t.strip());
            }
        }
        if (topics.isEmpty()) {
            throw new SourceException(f.name(), listed.line(), 1, "other-model-topics: names no topic");
        }
        return new OtherModel(Background.items(f, items, KEYS.get(0)), Background.items(f, items, KEYS.get(1)), n,
                topics);
    }

    @Override
    public String toString() {
        return "other-model: " + model + " (deep: " + deep + ", reach " + reach + ", topics " + topics + ")";
    }
}
