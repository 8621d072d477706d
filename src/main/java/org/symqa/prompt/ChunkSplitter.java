package org.symqa.prompt;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a context block into chunks.
 *
 * <p>Chunks are separated by blank lines, but PDF-extracted chunks hold blank lines of their own (between a
 * heading and its paragraph, around page furniture). The splitter therefore cuts the context at every blank line
 * into blocks and puts consecutive blocks back together greedily, as long as a chunk stays within the retrieval
 * pipeline's chunk size. A chunk joined this way keeps its blank lines; offsets stay those of the prompt text.
 */
public final class ChunkSplitter {
    private final int chunkSize;

    public ChunkSplitter(int chunkSize) {
        if (chunkSize < 1) {
            throw new IllegalArgumentException("chunk size must be positive");
        }
        this.chunkSize = chunkSize;
    }

    /** The chunks of a context text; blank chunks are dropped. */
    public List<String> split(String context) {
        List<String> chunks = new ArrayList<>();
        StringBuilder current = null;
        for (String block : context.split("\\n[ \\t]*\\n")) {
            if (block.isBlank()) {
                continue;
            }
            String trimmed = stripBlankEdges(block);
            if (current != null && current.length() + 2 + trimmed.length() <= chunkSize) {
                current.append("\n\n").append(trimmed);
            } else {
                if (current != null) {
                    chunks.add(current.toString());
                }
                current = new StringBuilder(trimmed);
            }
        }
        if (current != null) {
            chunks.add(current.toString());
        }
        return chunks;
    }

    private static String stripBlankEdges(String block) {
        int start = 0;
        while (start < block.length() && block.charAt(start) == '\n') {
            start++;
        }
        int end = block.length();
        while (end > start && block.charAt(end - 1) == '\n') {
            end--;
        }
        return block.substring(start, end);
    }
}
