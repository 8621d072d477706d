package org.symqa.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads a TokensRegex frame (as written, with {@code @lexicon} references) and returns the tokens it requires as a
 * {@link Prefilter}: a sequence requires each element that is not optional, an alternation one of its branches, a
 * token {@code [...]} one token satisfying its {@code word}/{@code lemma} attributes or lexicon. Tags, negations,
 * other attributes and whatever the reader does not know count as "may match", so the result never rules out a
 * sentence the pattern would match.
 */
final class PatternCondition {
    private final String src;
    private int at;

    private PatternCondition(String src) {
        this.src = src;
    }

    /** The necessary condition of a pattern; {@link Prefilter.Always} when it cannot be read. */
    static Prefilter of(String pattern) {
        try {
            PatternCondition p = new PatternCondition(pattern);
            Prefilter c = p.alternatives();
            p.skipSpace();
            if (p.at != p.src.length()) {
                return Prefilter.Always.INSTANCE;
            }
            return c;
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            return Prefilter.Always.INSTANCE;
        }
    }

    private Prefilter alternatives() {
        List<Prefilter> branches = new ArrayList<>();
        branches.add(sequence());
        skipSpace();
        while (peek('|')) {
            at++;
            branches.add(sequence());
            skipSpace();
        }
        return branches.size() == 1 ? branches.get(0) : any(branches);
    }

    private Prefilter sequence() {
        List<Prefilter> required = new ArrayList<>();
        while (true) {
            skipSpace();
            if (at >= src.length() || peek('|') || peek(')')) {
                break;
            }
            Prefilter element = element();
            if (!optional()) {
                required.add(element);
            }
        }
        required.removeIf(p -> p == Prefilter.Always.INSTANCE);
        return required.isEmpty() ? Prefilter.Always.INSTANCE
                : required.size() == 1 ? required.get(0) : new Prefilter.All(required);
    }

    private Prefilter element() {
        char c = src.charAt(at);
        if (c == '[') {
            at++;
            skipSpace();
            if (peek(']')) {
                at++;
                return Prefilter.Always.INSTANCE;
            }
            Prefilter p = nodeOr();
            skipSpace();
            expect(']');
            return p;
        }
        if (c == '(') {
            at++;
            if (src.startsWith("?:", at)) {
                at += 2;
            } else if (src.startsWith("?", at)) {
                throw new IllegalArgumentException("group kind");
            }
            Prefilter p = alternatives();
            expect(')');
            return p;
        }
        if (c == '@') {
            int from = ++at;
            while (at < src.length() && (Character.isLetterOrDigit(src.charAt(at)) || src.charAt(at) == '_'
                    || src.charAt(at) == '-')) {
                at++;
            }
            if (at == from) {
                throw new IllegalArgumentException("lexicon name");
            }
            return new Prefilter.Lexicon(src.substring(from, at));
        }
        if (Character.isLetterOrDigit(c)) {
            int from = at;
            while (at < src.length() && (Character.isLetterOrDigit(src.charAt(at)) || src.charAt(at) == '_'
                    || src.charAt(at) == '-')) {
                at++;
            }
            return new Prefilter.Attribute("word", null, src.substring(from, at)); // a bare word is a token text
        }
        throw new IllegalArgumentException("element at " + at);
    }

    /** Reads a quantifier if any; true when it allows zero repetitions. */
    private boolean optional() {
        if (at >= src.length()) {
            return false;
        }
        char c = src.charAt(at);
        boolean zero;
        if (c == '?' || c == '*') {
            at++;
            zero = true;
        } else if (c == '+') {
            at++;
            zero = false;
        } else if (c == '{') {
            int close = src.indexOf('}', at);
            String body = src.substring(at + 1, close);
            if (!body.matches("\\d+(,\\d*)?")) {
                throw new IllegalArgumentException("quantifier");
            }
            zero = Integer.parseInt(body.split(",")[0]) == 0;
            at = close + 1;
        } else {
            return false;
        }
        if (at < src.length() && (src.charAt(at) == '?' || src.charAt(at) == '+')) {
            at++; // reluctant or possessive
        }
        return zero;
    }

    private Prefilter nodeOr() {
        List<Prefilter> parts = new ArrayList<>();
        parts.add(nodeAnd());
        skipSpace();
        while (peek('|')) {
            at++;
            if (peek('|')) {
                at++;
            }
            parts.add(nodeAnd());
            skipSpace();
        }
        return parts.size() == 1 ? parts.get(0) : any(parts);
    }

    private Prefilter nodeAnd() {
        List<Prefilter> parts = new ArrayList<>();
        parts.add(nodeUnary());
        skipSpace();
        while (peek('&')) {
            at++;
            if (peek('&')) {
                at++;
            }
            parts.add(nodeUnary());
            skipSpace();
        }
        parts.removeIf(p -> p == Prefilter.Always.INSTANCE);
        return parts.isEmpty() ? Prefilter.Always.INSTANCE : parts.size() == 1 ? parts.get(0) : new Prefilter.All(parts);
    }

    private Prefilter nodeUnary() {
        skipSpace();
        if (peek('!')) {
            at++;
            nodeUnary();
            return Prefilter.Always.INSTANCE;
        }
        if (peek('(')) {
            at++;
            Prefilter p = nodeOr();
            skipSpace();
            expect(')');
            return p;
        }
        expect('{');
        List<Prefilter> parts = new ArrayList<>();
        while (true) {
            skipSpace();
            int colon = src.indexOf(':', at);
            String key = src.substring(at, colon).strip();
            at = colon + 1;
            skipSpace();
            Prefilter p;
            if (peek('/')) {
                int end = regexEnd(at + 1);
                String regex = src.substring(at + 1, end);
                at = end + 1;
                p = attribute(key, Pattern.compile(regex), null);
            } else {
                int from = at;
                while (at < src.length() && src.charAt(at) != '}' && src.charAt(at) != ';') {
                    at++;
                }
                String literal = src.substring(from, at).strip();
                if (literal.isEmpty() || literal.startsWith("\"") || literal.startsWith("::")) {
                    p = Prefilter.Always.INSTANCE;
                } else {
                    p = attribute(key, null, literal);
                }
            }
            parts.add(p);
            skipSpace();
            if (peek(';')) {
                at++;
                continue;
            }
            expect('}');
            break;
        }
        parts.removeIf(p -> p == Prefilter.Always.INSTANCE);
        return parts.isEmpty() ? Prefilter.Always.INSTANCE : parts.size() == 1 ? parts.get(0) : new Prefilter.All(parts);
    }

    private static Prefilter attribute(String key, Pattern regex, String literal) {
        if (key.equals("word") || key.equals("lemma")) {
            return new Prefilter.Attribute(key, regex, literal);
        }
        return Prefilter.Always.INSTANCE; // tag and other attributes are not known before tagging
    }

    private int regexEnd(int from) {
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

    private static Prefilter any(List<Prefilter> parts) {
        return parts.contains(Prefilter.Always.INSTANCE) ? Prefilter.Always.INSTANCE : new Prefilter.Any(parts);
    }

    private boolean peek(char c) {
        return at < src.length() && src.charAt(at) == c;
    }

    private void expect(char c) {
        skipSpace();
        if (!peek(c)) {
            throw new IllegalArgumentException("expected " + c + " at " + at);
        }
        at++;
    }

    private void skipSpace() {
        while (at < src.length() && Character.isWhitespace(src.charAt(at))) {
            at++;
        }
    }
}
