package org.symqa.paper;

import java.util.ArrayList;
import java.util.List;

/**
 * A port of LangChain's {@code RecursiveCharacterTextSplitter} with its defaults: separators {@code "\n\n"},
 * {@code "\n"}, {@code " "}, {@code ""} tried in turn, the separator kept at the start of the piece that follows
 * it, pieces merged greedily up to {@code chunkSize} characters with {@code overlap} characters carried over,
 * chunks stripped of surrounding white space and empty ones dropped.
 */
public final class RecursiveSplitter {
    private static final List<String> SEPARATORS = List.of("\n\n", "\n", " ", "");

    private final int chunkSize;
    private final int overlap;

    public RecursiveSplitter(int chunkSize, int overlap) {
        if (chunkSize < 1 || overlap < 0 || overlap >= chunkSize) {
            throw new IllegalArgumentException("need 0 <= overlap < chunk size, got " + overlap + " and " + chunkSize);
        }
        this.chunkSize = chunkSize;
        this.overlap = overlap;
    }

    /** The chunks of every page, pages in order, each with its offset in the page (as LangChain's start index). */
    public List<TextChunk> split(List<Page> pages) {
        List<TextChunk> out = new ArrayList<>();
        for (Page page : pages) {
            int index = 0;
            int previous = 0;
            for (String chunk : split(page.text())) {
                int found = page.text().indexOf(chunk, Math.max(0, index + previous - overlap));
                index = found < 0 ? page.text().indexOf(chunk) : found;
                previous = chunk.length();
                out.add(new TextChunk(page.number(), Math.max(0, index), chunk));
            }
        }
        return out;
    }

    /** The chunks of one text. */
    public List<String> split(String text) {
        return split(text, SEPARATORS);
    }

    private List<String> split(String text, List<String> separators) {
        List<String> chunks = new ArrayList<>();
        String separator = separators.get(separators.size() - 1);
        List<String> rest = List.of();
        for (int i = 0; i < separators.size(); i++) {
            String s = separators.get(i);
            if (s.isEmpty()) {
                separator = s;
                break;
            }
            if (text.contains(s)) {
                separator = s;
                rest = separators.subList(i + 1, separators.size());
                break;
            }
        }
        List<String> good = new ArrayList<>();
        for (String piece : pieces(text, separator)) {
            if (piece.length() < chunkSize) {
                good.add(piece);
            } else {
                if (!good.isEmpty()) {
                    chunks.addAll(merge(good));
                    good = new ArrayList<>();
                }
                if (rest.isEmpty()) {
                    chunks.add(piece);
                } else {
                    chunks.addAll(split(piece, rest));
                }
            }
        }
        if (!good.isEmpty()) {
            chunks.addAll(merge(good));
        }
        return chunks;
    }

    /** The text cut before every separator (kept at the start of the next piece); empty pieces dropped. */
    private static List<String> pieces(String text, String separator) {
        List<String> out = new ArrayList<>();
        if (separator.isEmpty()) {
            text.codePoints().forEach(c -> out.add(new String(Character.toChars(c))));
            return out;
        }
        int from = 0;
        int at = text.indexOf(separator);
        while (at >= 0) {
            if (at > from) {
                out.add(text.substring(from, at));
            }
            from = at;
            at = text.indexOf(separator, at + separator.length());
        }
        if (from < text.length()) {
            out.add(text.substring(from));
        }
        return out;
    }

    /** LangChain's {@code _merge_splits} with the empty join separator of a kept separator. */
    private List<String> merge(List<String> splits) {
        List<String> docs = new ArrayList<>();
        List<String> current = new ArrayList<>();
        int total = 0;
        for (String d : splits) {
            int len = d.length();
            if (total + len > chunkSize) {
                if (!current.isEmpty()) {
                    add(docs, current);
                    while (total > overlap || (total + len > chunkSize && total > 0)) {
                        total -= current.get(0).length();
                        current.remove(0);
                    }
                }
            }
            current.add(d);
            total += len;
        }
        add(docs, current);
        return docs;
    }

    private static void add(List<String> docs, List<String> parts) {
        String text = String.join("", parts).strip();
        if (!text.isEmpty()) {
            docs.add(text);
        }
    }
}
