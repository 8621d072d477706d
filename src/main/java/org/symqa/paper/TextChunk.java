package org.symqa.paper;

import java.util.Objects;

/**
 * A piece of a page's text, as a retrieval pipeline would index it.
 *
 * @param page  the 1-based page it comes from
 * @param start its character offset in that page's text
 * @param text  the piece, exactly as it stands in the page text
 */
public record TextChunk(int page, int start, String text) {
    public TextChunk {
        Objects.requireNonNull(text, "text");
    }
}
