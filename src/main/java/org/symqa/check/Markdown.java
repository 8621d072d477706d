package org.symqa.check;

/** Small helpers for writing Markdown: code spans and table cells. */
final class Markdown {
    private Markdown() {
    }

    /** A code span holding {@code text} as written, fenced with enough backticks. */
    static String code(String text) {
        String fence = "`";
        while (text.contains(fence)) {
            fence += "`";
        }
        String pad = text.startsWith("`") || text.endsWith("`") ? " " : "";
        return fence + pad + text + pad + fence;
    }

    /** Text safe inside a table cell: {@code |} escaped, no line breaks. */
    static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }

    /** An example sentence as a quotation. */
    static String quote(String text) {
        return "\"" + text.replace("\n", " ") + "\"";
    }

    /** The anchor GitHub gives a heading of plain words and hyphens. */
    static String anchor(String heading) {
        return heading.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9 _-]", "").replace(' ', '-');
    }
}
