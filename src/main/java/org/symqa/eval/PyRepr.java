package org.symqa.eval;

/** Python's {@code repr} of a string, as the scorer prints the words of an ungrounded example. */
final class PyRepr {
    private PyRepr() {
    }

    /** The quoted, escaped form of a string. */
    static String of(String s) {
        char quote = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
        StringBuilder b = new StringBuilder().append(quote);
        s.codePoints().forEach(c -> {
            if (c == quote || c == '\\') {
                b.append('\\').appendCodePoint(c);
            } else if (c == '\t') {
                b.append("\\t");
            } else if (c == '\n') {
                b.append("\\n");
            } else if (c == '\r') {
                b.append("\\r");
            } else if (c < ' ' || c == 0x7F) {
                b.append(String.format("\\x%02x", c));
            } else if (c < 0x7F || printable(c)) {
                b.appendCodePoint(c);
            } else if (c <= 0xFF) {
                b.append(String.format("\\x%02x", c));
            } else if (c <= 0xFFFF) {
                b.append(String.format("\\u%04x", c));
            } else {
                b.append(String.format("\\U%08x", c));
            }
        });
        return b.append(quote).toString();
    }

    private static boolean printable(int c) {
        switch (Character.getType(c)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE, Character.UNASSIGNED,
                    Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR, Character.SPACE_SEPARATOR -> {
                return false;
            }
            default -> {
                return true;
            }
        }
    }
}
