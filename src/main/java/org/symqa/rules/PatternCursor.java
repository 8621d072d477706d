package org.symqa.rules;

import java.util.List;

/** A read position in a TokensRegex pattern's text, with the small scanning steps its readers share. */
final class PatternCursor {
    final String src;
    int at;

    PatternCursor(String src) {
        this.src = src;
    }

    /** True when the next character is {@code c}. */
    boolean peek(char c) {
        return at < src.length() && src.charAt(at) == c;
    }

    /** True when the text continues with {@code s} at the read position. */
    boolean startsWith(String s) {
        return src.startsWith(s, at);
    }

    /** The character at the read position. */
    char current() {
        return src.charAt(at);
    }

    /** True when all of the text has been read. */
    boolean atEnd() {
        return at >= src.length();
    }

    /** Skips white space, then consumes {@code c} or fails. */
    void expect(char c) {
        skipSpace();
        if (!peek(c)) {
            throw new IllegalArgumentException("expected " + c + " at " + at);
        }
        at++;
    }

    /** Skips white space. */
    void skipSpace() {
        while (at < src.length() && Character.isWhitespace(src.charAt(at))) {
            at++;
        }
    }

    /** Reads a run of letters, digits, '_' and '-' (a lexicon name or a bare word). */
    String name() {
        int from = at;
        while (at < src.length() && (Character.isLetterOrDigit(src.charAt(at)) || src.charAt(at) == '_'
                || src.charAt(at) == '-')) {
            at++;
        }
        return src.substring(from, at);
    }

    /** The index of the '/' closing a regex that starts at {@code from}, skipping escaped characters. */
    int regexEnd(int from) {
        for (int i = from; i < src.length(); i++) {
            char c = src.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '/') {
                return i;
            }
        }
        throw new IllegalArgumentException("unclosed regex");
    }

    /** One of the parts must hold; "may match" when any part may always match. */
    static Prefilter any(List<Prefilter> parts) {
        return parts.contains(Prefilter.Always.INSTANCE) ? Prefilter.Always.INSTANCE : new Prefilter.Any(parts);
    }

    /** All the parts must hold, leaving out those that always may. */
    static Prefilter all(List<Prefilter> parts) {
        parts.removeIf(p -> p == Prefilter.Always.INSTANCE);
        return parts.isEmpty() ? Prefilter.Always.INSTANCE : parts.size() == 1 ? parts.get(0) : new Prefilter.All(parts);
    }
}
