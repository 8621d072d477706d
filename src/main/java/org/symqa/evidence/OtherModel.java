package org.symqa.evidence;

import org.symqa.resources.KeyValueFile;
import org.symqa.resources.SourceException;
import org.symqa.rules.AnyOf;
import org.symqa.rules.ItemParser;
import org.symqa.rules.SentenceView;

import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.BooleanSupplier;
import java.util.function.IntFunction;

/**
 * Tells a sentence about the study's statistical analysis from one about its deep learning, by the optional
 * {@code other-model*} keys of {@code rules/background.txt}. Ecology papers fit mixed, occupancy or distribution
 * models to what the network found, and their steps read like a network's: "Before fitting, we log-transformed park
 * area and scaled all covariates", "We stopped adding iterations when all R-hat values were below 1.01". A sentence
 * of one of the listed topics is about another model when it names no deep-learning word and the nearest sentence at
 * or before it (within the reach, in the same chunk) that names a model of either kind names a statistical model and
 * no deep-learning word, while another sentence of the prompt, outside its reference list, names deep learning.
 *
 * @param model  words that name a statistical model ({@code other-model:})
 * @param deep   words that name deep learning ({@code other-model-deep:})
 * @param reach  how many sentences before a sentence may name the model it speaks of ({@code other-model-reach:},
 *               0 to {@link #MAX_REACH})
 * @param topics the topics whose steps a statistical analysis shares ({@code other-model-topics:}), sorted
 */
public record OtherModel(AnyOf model, AnyOf deep, int reach, SortedSet<String> topics) {
    /** The key of the words that name a statistical model; the other keys go only with it. */
    static final String MODEL = "other-model";
    /** The key of the words that name deep learning. */
    static final String DEEP = "other-model-deep";
    /** The key of the reach. */
    static final String REACH = "other-model-reach";
    /** The key of the topics. */
    static final String TOPICS = "other-model-topics";
    /** The keys of the settings, in file order. */
    static final List<String> KEYS = List.of(MODEL, DEEP, REACH, TOPICS);
    /** The largest reach: more sentences than a chunk holds. */
    public static final int MAX_REACH = 50;

    public OtherModel {
        java.util.Objects.requireNonNull(model, "model");
        java.util.Objects.requireNonNull(deep, "deep");
        if (reach < 0 || reach > MAX_REACH) {
            throw new IllegalArgumentException("reach must be 0 to " + MAX_REACH + ", got " + reach);
        }
        topics = Collections.unmodifiableSortedSet(new TreeSet<>(topics));
        if (topics.isEmpty() || topics.stream().anyMatch(String::isBlank)) {
            throw new IllegalArgumentException("other-model-topics needs topics, none blank: " + topics);
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

    /** Reports each listed topic that is not one of {@code known} (the evidence topics), at its line. */
    public void checkTopics(Collection<String> known, KeyValueFile f, Collection<SourceException> errors) {
        KeyValueFile.Entry e = f.find(TOPICS).orElseThrow();
        for (String t : topics) {
            if (!known.contains(t)) {
                errors.add(new SourceException(f.name(), e.line(), e.column(), TOPICS + ": '" + t
                        + "' is no evidence topic of topics.rules"));
            }
        }
    }

    /** The settings of the file, or null when it has no {@code other-model:} line; all four keys go together. */
    static OtherModel from(KeyValueFile f, ItemParser items) throws SourceException {
        if (f.find(MODEL).isEmpty()) {
            for (String key : KEYS) {
                if (f.find(key).isPresent()) {
                    throw new SourceException(f.name(), f.find(key).get().line(), 1,
                            key + ": without an other-model: line has no effect");
                }
            }
            return null;
        }
        KeyValueFile.Entry first = f.find(MODEL).get();
        for (String key : KEYS) {
            if (f.find(key).isEmpty()) {
                throw new SourceException(f.name(), first.line(), 1, "other-model: needs " + key + ":");
            }
        }
        int reach = Settings.integer(f, REACH, 0, MAX_REACH);
        KeyValueFile.Entry listed = f.find(TOPICS).get();
        SortedSet<String> topics = new TreeSet<>();
        for (String t : listed.value().split("\\|")) {
            if (!t.isBlank()) {
                topics.add(t.strip());
            }
        }
        if (topics.isEmpty()) {
            throw new SourceException(f.name(), listed.line(), 1, "other-model-topics: names no topic");
        }
        return new OtherModel(Settings.items(f, items, MODEL), Settings.items(f, items, DEEP), reach,
                topics);
    }

    @Override
    public String toString() {
        return "other-model: " + model + " (deep: " + deep + ", reach " + reach + ", topics " + topics + ")";
    }
}
