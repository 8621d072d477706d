package org.symqa.paper;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Reads a paper file into pages: a PDF (by its {@code %PDF} header) through {@link PdfText}, a text file
 * ({@code .txt}, {@code .text}, {@code .md}) as UTF-8 with pages separated by form feeds.
 */
public final class PaperReader {
    private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    /** How far into a file the {@code %PDF-} header may start (some writers put junk before it). */
    private static final int MAGIC_WINDOW = 1024;

    private PaperReader() {
    }

    /** True for the names of plain-text papers. */
    public static boolean isTextName(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.endsWith(".txt") || n.endsWith(".text") || n.endsWith(".md");
    }

    /** True for the names of PDF papers. */
    public static boolean isPdfName(String name) {
        return name.toLowerCase(Locale.ROOT).endsWith(".pdf");
    }

    /**
     * Reads the file.
     *
     * @param file     the file
     * @param display  its name in messages and reports
     * @param headings how section headings are found
     */
    public static PaperText read(Path file, String display, Headings headings) throws PaperException {
        return read(file, uid(file), display, headings);
    }

    /**
     * Reads the file under a UID of the caller's (unique among the papers of a run).
     *
     * @param file     the file
     * @param uid      the paper's id in reports
     * @param display  its name in messages and reports
     * @param headings how section headings are found
     */
    public static PaperText read(Path file, String uid, String display, Headings headings) throws PaperException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new PaperException("cannot read: " + e.getMessage(), e);
        }
        List<Page> pages;
        if (isPdf(bytes)) {
            pages = PdfText.pages(bytes);
        } else if (isTextName(file.getFileName().toString())) {
            pages = textPages(bytes);
        } else {
            throw new PaperException("not a PDF (no %PDF header) and not a text file (.txt, .text, .md)");
        }
        if (pages.isEmpty()) {
            throw new PaperException("the document has no pages");
        }
        if (pages.stream().allMatch(p -> p.text().isBlank())) {
            throw new PaperException(isPdf(bytes)
                    ? "no text layer: " + pages.size() + " page(s) without extractable text (scanned? run OCR first)"
                    : "the file is empty");
        }
        return PaperText.of(uid, display, pages, headings);
    }

    /** The file name without its extension. */
    static String uid(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    static boolean isPdf(byte[] bytes) {
        int limit = Math.min(bytes.length - PDF_MAGIC.length, MAGIC_WINDOW);
        for (int i = 0; i <= limit; i++) {
            if (Arrays.equals(bytes, i, i + PDF_MAGIC.length, PDF_MAGIC, 0, PDF_MAGIC.length)) {
                return true;
            }
        }
        return false;
    }

    /** UTF-8 text split into pages at form feeds; line ends made {@code \n}. */
    static List<Page> textPages(byte[] bytes) throws PaperException {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new PaperException("not valid UTF-8 text", e);
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        text = text.replace("\r\n", "\n").replace('\r', '\n');
        List<String> parts = new ArrayList<>(List.of(text.split("\f", -1)));
        if (parts.size() > 1 && parts.get(parts.size() - 1).isBlank()) {
            parts.remove(parts.size() - 1);
        }
        List<Page> pages = new ArrayList<>();
        for (String p : parts) {
            pages.add(new Page(pages.size() + 1, p));
        }
        return pages;
    }
}
