package org.symqa.evidence;

import org.symqa.resources.KeyValueFile;
import org.symqa.resources.SourceException;
import org.symqa.rules.AnyOf;
import org.symqa.rules.ItemParser;
import org.symqa.rules.SentenceView;

/**
 * Tells a sentence that goes on about the other work of the sentence before it ("Norouzzadeh et al. (2018) trained a
 * ResNet-152 ... . To reduce overfitting they enlarged the training set with flips ..."), by the optional
 * {@code other-work-continues:} items of {@code rules/background.txt} (words that point back to the authors or
 * studies just named: "they", "their"). {@link Background} asks it only of a sentence without a self word.
 *
 * @param words the items a sentence holds when it points back
 */
public record Continuation(AnyOf words) {
    /** The key of the items. */
    static final String KEY = "other-work-continues";

    public Continuation {
        java.util.Objects.requireNonNull(words, "words");
    }

    /** True when the sentence holds an item that points back to the sentence before it. */
    public boolean pointsBack(SentenceView s) {
        return words.any(s);
    }

    /** The continuation settings of the file, or null when it has no {@code other-work-continues:} line. */
    static Continuation from(KeyValueFile f, ItemParser items) throws SourceException {
        return f.find(KEY).isPresent() ? new Continuation(Settings.items(f, items, KEY)) : null;
    }
}
