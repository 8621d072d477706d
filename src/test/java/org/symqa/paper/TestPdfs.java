package org.symqa.paper;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Writes the test papers as PDFs with PDFBox: one PDF page per text page (pages separated by form feeds), each
 * paragraph wrapped to the page width, with a journal running head and a page number as real papers have.
 */
public final class TestPdfs {
    private static final float SIZE = 10f;
    private static final float LEADING = 12.5f;
    private static final float MARGIN = 56f;
    private static final String RUNNING_HEAD = "Ecological Informatics 81 (2024) 102601";

    private TestPdfs() {
    }

    /** The pages of a test paper file (UTF-8, pages separated by form feeds). */
    public static List<String> pages(Path textFile) {
        try {
            String text = Files.readString(textFile, StandardCharsets.UTF_8);
            List<String> out = new ArrayList<>(List.of(text.split("\f")));
            out.removeIf(String::isBlank);
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A PDF of the pages; fails when a page does not fit on one PDF page. */
    public static byte[] pdf(List<String> pages) {
        try (PDDocument doc = new PDDocument()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            float width = PDRectangle.A4.getWidth() - 2 * MARGIN;
            for (int p = 0; p < pages.size(); p++) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                List<String> lines = new ArrayList<>();
                lines.add(RUNNING_HEAD);
                lines.add("");
                for (String para : pages.get(p).strip().split("\n")) {
                    lines.addAll(wrap(para, font, width));
                }
                float top = PDRectangle.A4.getHeight() - MARGIN;
                if (lines.size() * LEADING > top - 2 * MARGIN) {
                    throw new IllegalArgumentException("page " + (p + 1) + " does not fit: " + lines.size() + " lines");
                }
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.setFont(font, SIZE);
                    float y = top;
                    for (String line : lines) {
                        if (!line.isEmpty()) {
                            text(cs, MARGIN, y, line);
                        }
                        y -= LEADING;
                    }
                    text(cs, PDRectangle.A4.getWidth() / 2, MARGIN / 2, Integer.toString(p + 1));
                }
            }
            return save(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A PDF of the pages that needs the user password "secret" to open. */
    public static byte[] encrypted(List<String> pages) {
        try (PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf(pages))) {
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "secret", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            return save(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A PDF with blank pages only, as a scan without a text layer reads. */
    public static byte[] noText(int pages) {
        try (PDDocument doc = new PDDocument()) {
            for (int i = 0; i < pages; i++) {
                doc.addPage(new PDPage(PDRectangle.A4));
            }
            return save(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void text(PDPageContentStream cs, float x, float y, String s) throws IOException {
        cs.beginText();
        cs.newLineAtOffset(x, y);
        cs.showText(s);
        cs.endText();
    }

    private static List<String> wrap(String para, PDType1Font font, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        if (para.isBlank()) {
            lines.add("");
            return lines;
        }
        StringBuilder line = new StringBuilder();
        for (String word : para.strip().split(" +")) {
            String next = line.length() == 0 ? word : line + " " + word;
            if (font.getStringWidth(next) / 1000 * SIZE > width && line.length() > 0) {
                lines.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(next);
            }
        }
        lines.add(line.toString());
        return lines;
    }

    private static byte[] save(PDDocument doc) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        doc.save(out);
        return out.toByteArray();
    }
}
