package org.symqa.prompt;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a context block into chunks.
 *
 * <p>Chunks are separated by blank lines, but PDF-extracted chunks hold blank lines of their own (between a
 * heading and its paragraph, around page furniture). The splitter therefore cuts the context at every blank line
 * into blocks and puts consecutive blocks back together greedily, as long as a chunk stays within the retrieval
 * pipeline's chunk size. A prompt of the pipeline holds a known number of chunks (its k); when grouping gives fewer,
 * the last chunk of several blocks is cut before its last block until there are k (small chunks, such as a table
 * caption, are retrieved too). A chunk joined this way keeps its blank lines; offsets stay those of the prompt text.
 */
public final class ChunkSplitter {
    private final int chunkSize;
    private final int chunks;

    /**
     * @param chunkSize the largest chunk, in characters
     * @param chunks    how many chunks the context holds at least when its blocks allow it (1: as grouping gives)
     */
    public ChunkSplitter(int chunkSize, int chunks) {
        if (chunkSize < 1 || chunks < 1) {
            throw new IllegalArgumentException("chunk size and count must be positive");
        }
        this.chunkSize = chunkSize;
        this.chunks = chunks;
    }

    /** The chunks of a context text; blank chunks are dropped. */
    public List<String> split(String context) {
        List<List<String>> groups = new ArrayList<>();
        List<String> current = null;
        int length = 0;
        for (String block : context.split("\\n[ \\t]*\\n")) {
            if (block.isBlank()) {
                continue;
            }
            String trimmed = stripBlankEdges(block);
            if (current != null && length + 2 + trimmed.length() <= chunkSize) {
                current.add(trimmed);
                length += 2 + trimmed.length();
            } else {
                current = new ArrayList<>(List.of(trimmed));
                groups.add(current);
                length = trimmed.length();
            }
        }
        while (groups.size() < chunks) {
            int last = groups.size() - 1;
            while (last >= 0 && groups.get(last).size() < 2) {
                last--;
            }
            if (last < 0) {
                break;
            }
            List<String> g = groups.get(last);
            groups.add(last + 1, new ArrayList<>(List.of(g.remove(g.size() - 1))));
        }
        List<String> out = new ArrayList<>();
        for (List<String> g : groups) {
            out.add(String.join("\n\n", g));
        }
        return out;
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
