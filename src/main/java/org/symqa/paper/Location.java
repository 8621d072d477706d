package org.symqa.paper;

/**
 * Where a sentence stands in a paper: its page, and the section it falls in (null before the first heading).
 *
 * @param page    1-based page number
 * @param section the heading of the section, or null
 */
public record Location(int page, Heading section) {
    /** "page 4, section 2.3", or "page 4" when no section is known. */
    public String cite() {
        return section == null ? "page " + page : "page " + page + ", section " + section.label();
    }
}
