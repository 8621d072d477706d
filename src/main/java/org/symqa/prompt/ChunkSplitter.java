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
 * pipeline's chunk size. A prompt of the pipeline holds a known number of chunks (its k); when grouping gives fewer,
 * the last chunk of several blocks is cut before its last block until there are k (small chunks, such as a table
 * caption, are retrieved too). A chunk joined this way keeps its blank lines; offsets stay those of the prompt text.
 *
 * <p>The context is read as normalised text (line ends {@code \n}); each block of a chunk is taken from the text as
 * it came (a Windows prompt's blocks keep their {@code \r\n}), while sizes are counted on the normalised text, so
 * that a prompt gives the same chunks whatever its line ends.
 */
public final class ChunkSplitter {
    private static final Pattern BLANK_LINE = Pattern.compile("\\n[ \\t]*+\\n");

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
        RepairedText source = RepairedText.of(context);
        return split(source, 0, source.text().length());
    }

    /**
     * The chunks of the context {@code [from, to)} of a normalised prompt text, each block taken from the text as
     * it came; blank chunks are dropped.
     */
    List<String> split(RepairedText source, int from, int to) {
        String text = source.text();
        List<List<String>> groups = new ArrayList<>();
        List<String> current = null;
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
                    current.add(block);
                    currentLength += 2 + length;
                } else {
                    current = new ArrayList<>(List.of(block));
                    groups.add(current);
                    currentLength = length;
                }
            }
            if (!found) {
                break;
            }
            blockStart = m.end();
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
}
