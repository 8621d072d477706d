package org.symqa.paper;

import java.util.Objects;

/**
 * One page of a paper as extracted, before repair.
 *
 * @param number 1-based page number
 * @param text   the page's text, lines separated by {@code \n}
 */
public record Page(int number, String text) {
    public Page {
        Objects.requireNonNull(text, "text");
        if (number < 1) {
            throw new IllegalArgumentException("page numbers start at 1");
        }
    }
}
