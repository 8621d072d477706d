package org.symqa.paper;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;

/** Text of a PDF page by page with Apache PDFBox, with one-line reasons for PDFs that cannot be read. */
final class PdfText {
    private PdfText() {
    }

    /** The pages of the PDF, numbered from 1, lines separated by {@code \n}. */
    static List<Page> pages(byte[] pdf) throws PaperException {
        try (PDDocument doc = load(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setLineSeparator("\n");
            stripper.setPageEnd("");
            stripper.setPageStart("");
            List<Page> pages = new ArrayList<>();
            int n = doc.getNumberOfPages();
            for (int i = 1; i <= n; i++) {
                stripper.setStartPage(i);
                stripper.setEndPage(i);
                pages.add(new Page(i, stripper.getText(doc)));
            }
            return pages;
        } catch (IOException | RuntimeException e) {
            throw new PaperException("broken PDF: text extraction failed: " + oneLine(e), e);
        }
    }

    private static PDDocument load(byte[] pdf) throws PaperException {
        try {
            return Loader.loadPDF(pdf);
        } catch (InvalidPasswordException e) {
            throw new PaperException("encrypted PDF: it needs a password to open", e);
        } catch (IOException | RuntimeException e) {
            throw new PaperException("broken PDF: " + oneLine(e), e);
        }
    }

    private static String oneLine(Exception e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return m.replaceAll("\\s+", " ").strip();
    }
}
