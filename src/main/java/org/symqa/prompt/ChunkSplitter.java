package org.symqa.prompt;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.symqa.text.RepairedText;

/**
 * Cuts a context block into chunks.
 *
 * <p>Chunks are separated by blank lines, but PDF-extracted chunks hold blank lines of their own (between a
 * heading and its paragraph, around page furniture). The splitter therefore cuts the context at every blank line
 * into blocks and puts consecutive blocks back together greedily, as long as a chunk stays within the retrieval
 * pipeline's chunk size. A chunk joined this way keeps its blank lines; offsets stay those of the prompt text.
 *
 * <p>The context is read as normalised text (line ends {@code \n}); each block of a chunk is taken from the text as
 * it came (a Windows prompt's blocks keep their {@code \r\n}), while sizes are counted on the normalised text, so
 * that a prompt gives the same chunks whatever its line ends.
 */
public final class ChunkSplitter {
    private static final Pattern BLANK_LINE = Pattern.compile("\\n[ \\t]*+\\n");

    private final int chunkSize;

    public ChunkSplitter(int chunkSize) {
        if (chunkSize < 1) {
            throw new IllegalArgumentException("chunk size must be positive");
        }
        this.chunkSize = chunkSize;
    }

    /** The chunks of a context text; blank chunks are dropped. */
    public List<String> split(String context) {
        RepairedText source = RepairedText.of(context);
        return split(source, 0, source.text().length());
    }

    /**
     * The chunks of the context {@code [from, to)} of a normalised prompt text, each block taken from the text as
     * it came; blank chunks are dropped.
     */
    List<String> split(RepairedText source, int from, int to) {
        String text = source.text();
        List<String> chunks = new ArrayList<>();
        StringBuilder current = null;
        int currentLength = 0;
        Matcher m = BLANK_LINE.matcher(text).region(from, to);
        int blockStart = from;
        while (true) {
            boolean found = m.find();
            int blockEnd = found ? m.start() : to;
            int start = blockStart;
            int end = blockEnd;
            if (!text.substring(start, end).isBlank()) {
                while (start < end && text.charAt(start) == '\n') {
                    start++;
                }
                while (end > start && text.charAt(end - 1) == '\n') {
                    end--;
                }
                String block = source.original().substring(source.originalOffset(start), source.originalEnd(end));
                int length = end - start;
                if (current != null && currentLength + 2 + length <= chunkSize) {
                    current.append("\n\n").append(block);
                    currentLength += 2 + length;
                } else {
                    if (current != null) {
                        chunks.add(current.toString());
                    }
                    current = new StringBuilder(block);
                    currentLength = length;
                }
            }
            if (!found) {
                break;
            }
            blockStart = m.end();
        }
        if (current != null) {
            chunks.add(current.toString());
        }
        return chunks;
    }
}
