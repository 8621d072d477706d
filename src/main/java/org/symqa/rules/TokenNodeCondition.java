package org.symqa.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads one token node of a TokensRegex pattern ({@code [{lemma:train} | {word:/GPUs?/}]}) into the condition a
 * token must meet: {@code word} and {@code lemma} attributes count; tags, negations and other attributes are not
 * known before tagging and count as "may match".
 */
final class TokenNodeCondition {
    private final PatternCursor in;

    TokenNodeCondition(PatternCursor in) {
        this.in = in;
    }

    /** Reads {@code a | b | ...} inside the brackets. */
    Prefilter or() {
        List<Prefilter> parts = new ArrayList<>();
        parts.add(and());
        in.skipSpace();
        while (in.peek('|')) {
            in.at++;
            if (in.peek('|')) {
                in.at++;
            }
            parts.add(and());
            in.skipSpace();
        }
        return parts.size() == 1 ? parts.get(0) : PatternCursor.any(parts);
    }

    private Prefilter and() {
        List<Prefilter> parts = new ArrayList<>();
        parts.add(unary());
        in.skipSpace();
        while (in.peek('&')) {
            in.at++;
            if (in.peek('&')) {
                in.at++;
            }
            parts.add(unary());
            in.skipSpace();
        }
        return PatternCursor.all(parts);
    }

    private Prefilter unary() {
        in.skipSpace();
        if (in.peek('!')) {
            in.at++;
            unary();
            return Prefilter.Always.INSTANCE;
        }
        if (in.peek('(')) {
            in.at++;
            Prefilter p = or();
            in.skipSpace();
            in.expect(')');
            return p;
        }
        in.expect('{');
        List<Prefilter> parts = new ArrayList<>();
        while (true) {
            in.skipSpace();
            parts.add(attribute());
            in.skipSpace();
            if (in.peek(';')) {
                in.at++;
                continue;
            }
            in.expect('}');
            break;
        }
        return PatternCursor.all(parts);
    }

    /** Reads {@code key:/regex/} or {@code key:literal}. */
    private Prefilter attribute() {
        int colon = in.src.indexOf(':', in.at);
        String key = in.src.substring(in.at, colon).strip();
        in.at = colon + 1;
        in.skipSpace();
        if (in.peek('/')) {
            int end = in.regexEnd(in.at + 1);
            String regex = in.src.substring(in.at + 1, end);
            in.at = end + 1;
            return attribute(key, Pattern.compile(regex), null);
        }
        int from = in.at;
        while (in.at < in.src.length() && in.src.charAt(in.at) != '}' && in.src.charAt(in.at) != ';') {
            in.at++;
        }
        String literal = in.src.substring(from, in.at).strip();
        if (literal.isEmpty() || literal.startsWith("\"") || literal.startsWith("::")) {
            return Prefilter.Always.INSTANCE;
        }
        return attribute(key, null, literal);
    }

    private static Prefilter attribute(String key, Pattern regex, String literal) {
        if (key.equals("word") || key.equals("lemma")) {
            return new Prefilter.Attribute(key, regex, literal);
        }
        return Prefilter.Always.INSTANCE; // tag and other attributes are not known before tagging
    }
}
