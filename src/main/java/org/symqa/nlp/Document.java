package org.symqa.nlp;

import java.util.List;

/** The annotated context of a prompt: its chunks in prompt order. */
public record Document(List<Chunk> chunks) {
    public Document {
        chunks = List.copyOf(chunks);
    }

    /** True when the prompt had no context text. */
    public boolean isEmpty() {
        return chunks.isEmpty();
    }
}
