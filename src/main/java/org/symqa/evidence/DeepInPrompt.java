package org.symqa.evidence;

import java.util.function.BiFunction;
import java.util.function.BooleanSupplier;
import org.symqa.nlp.Chunk;
import org.symqa.nlp.Document;
import org.symqa.rules.SentenceView;

/**
 * Whether some sentence of a prompt outside a reference entry names deep learning ({@link OtherModel#namesDeep}),
 * worked out when first asked and then kept: a cited title ("Deep learning for camera traps") gives a study no
 * network. One instance serves one prompt.
 */
final class DeepInPrompt implements BooleanSupplier {
    private final Document document;
    private final Background background;
    private final BiFunction<Chunk, Integer, SentenceView> plain;
    private Boolean value;

    /**
     * @param document   the prompt's chunks
     * @param background the settings that know deep-learning words and reference entries
     * @param plain      sentence {@code j} of a chunk, untagged (reading it costs no tagging)
     */
    DeepInPrompt(Document document, Background background, BiFunction<Chunk, Integer, SentenceView> plain) {
        this.document = java.util.Objects.requireNonNull(document, "document");
        this.background = java.util.Objects.requireNonNull(background, "background");
        this.plain = java.util.Objects.requireNonNull(plain, "plain");
    }

    @Override
    public boolean getAsBoolean() {
        if (value == null) {
            value = scan();
        }
        return value;
    }

    private boolean scan() {
        for (Chunk chunk : document.chunks()) {
            for (int j = 0; j < chunk.sentences().size(); j++) {
                SentenceView v = plain.apply(chunk, j);
                if (background.otherModel().namesDeep(v) && !background.isReference(v)) {
                    return true;
                }
            }
        }
        return false;
    }
}
