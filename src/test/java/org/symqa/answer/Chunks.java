package org.symqa.answer;

import java.util.ArrayList;
import java.util.List;
import org.symqa.nlp.Chunk;
import org.symqa.nlp.Document;
import org.symqa.nlp.Sentences;
import org.symqa.nlp.SimpleAnnotator;
import org.symqa.text.RepairedText;

/** Hand-written chunks as a document, split and tagged by the simple test annotator, for the answer tests. */
final class Chunks {
    private Chunks() {
    }

    /** The texts as chunks 1, 2, ... of one document. */
    static Document document(SimpleAnnotator annotator, String... chunks) {
        List<Chunk> list = new ArrayList<>();
        for (int i = 0; i < chunks.length; i++) {
            list.add(new Chunk(i + 1, RepairedText.of(chunks[i]), new Sentences(annotator.split(chunks[i]),
                    annotator::tag)));
        }
        return new Document(list);
    }
}
