package org.symqa.paper;

import java.util.Objects;

/**
 * A section heading found at the start of a line.
 *
 * @param page   the 1-based page it is on
 * @param offset its character offset in that page's text
 * @param number its number as written ({@code 2.3}), or empty for an unnumbered heading such as "Methods"
 * @param title  the heading's words
 */
public record Heading(int page, int offset, String number, String title) {
    public Heading {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(title, "title");
    }

    /** The label cited beside evidence: the number when there is one, else the title. */
    public String label() {
        return number.isEmpty() ? title : number;
    }
}
