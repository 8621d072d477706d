package org.symqa.paper;

import java.util.List;
import java.util.Objects;

/**
 * The text of one paper, page by page, with the section headings found in it.
 *
 * @param uid      the paper's id in reports (the file name without its extension)
 * @param source   where it came from, as given on the command line
 * @param pages    the pages in order, numbered from 1
 * @param headings the section headings, in reading order
 */
public record PaperText(String uid, String source, List<Page> pages, List<Heading> headings) {
    public PaperText {
        Objects.requireNonNull(uid, "uid");
        Objects.requireNonNull(source, "source");
        pages = List.copyOf(pages);
        headings = List.copyOf(headings);
    }

    /** A paper whose headings are found by {@code headings}. */
    public static PaperText of(String uid, String source, List<Page> pages, Headings headings) {
        return new PaperText(uid, source, pages, headings.find(pages));
    }

    /** The page and section of a character offset in the text of page {@code page}. */
    public Location locate(int page, int offset) {
        Heading section = null;
        for (Heading h : headings) {
            if (h.page() < page || h.page() == page && h.offset() <= offset) {
                section = h;
            } else {
                break;
            }
        }
        return new Location(page, section);
    }
}
