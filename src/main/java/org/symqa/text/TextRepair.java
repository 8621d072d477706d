package org.symqa.text;

/** One repair of PDF-extracted text (a stage of the repair chain, like a Lucene token filter). */
public interface TextRepair {
    /** Repairs the text, keeping the map to the original. */
    RepairedText apply(RepairedText in);
}
