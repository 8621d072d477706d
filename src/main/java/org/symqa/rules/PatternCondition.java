package org.symqa.rules;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads a TokensRegex frame (as written, with {@code @lexicon} references) and returns the tokens it requires as a
 * {@link Prefilter}: a sequence requires each element that is not optional, a conjunction what each side requires,
 * an alternation one of its branches, a
 * token {@code [...]} one token satisfying its {@code word}/{@code lemma} attributes or lexicon
 * ({@link TokenNodeCondition}). Tags, negations, other attributes and whatever the reader does not know count as
 * "may match", so the result never rules out a sentence the pattern would match.
 */
final class PatternCondition {
    private final PatternCursor in;
    private final TokenNodeCondition nodes;

    private PatternCondition(String src) {
        this.in = new PatternCursor(src);
        this.nodes = new TokenNodeCondition(in);
    }

    /** The necessary condition of a pattern; {@link Prefilter.Always} when it cannot be read. */
    static Prefilter of(String pattern) {
        try {
            PatternCondition p = new PatternCondition(pattern);
            Prefilter c = p.alternatives();
            p.in.skipSpace();
            if (!p.in.atEnd()) {
                return Prefilter.Always.INSTANCE;
            }
            return c;
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            return Prefilter.Always.INSTANCE;
        }
    }

    private Prefilter alternatives() {
        List<Prefilter> branches = new ArrayList<>();
        branches.add(conjunction());
        in.skipSpace();
        while (in.peek('|')) {
            in.at++;
            branches.add(conjunction());
            in.skipSpace();
        }
        return branches.size() == 1 ? branches.get(0) : PatternCursor.any(branches);
    }

    /**
     * {@code A & B}: both sequences match the same tokens, so each requires what it requires. It binds tighter than
     * {@code |} (TokensRegex reads {@code a | b & c} as {@code a | (b & c)}); whether it binds tighter than a
     * sequence does not change what is required.
     */
    private Prefilter conjunction() {
        List<Prefilter> parts = new ArrayList<>();
        parts.add(sequence());
        in.skipSpace();
        while (in.peek('&')) {
            in.at++;
            parts.add(sequence());
            in.skipSpace();
        }
        return parts.size() == 1 ? parts.get(0) : PatternCursor.all(parts);
    }

    private Prefilter sequence() {
        List<Prefilter> required = new ArrayList<>();
        while (true) {
            in.skipSpace();
            if (in.atEnd() || in.peek('|') || in.peek('&') || in.peek(')')) {
                break;
            }
            Prefilter element = element();
            if (!optional()) {
                required.add(element);
            }
        }
        return PatternCursor.all(required);
    }

    private Prefilter element() {
        char c = in.current();
        if (c == '[') {
            in.at++;
            in.skipSpace();
            if (in.peek(']')) {
                in.at++;
                return Prefilter.Always.INSTANCE;
            }
            Prefilter p = nodes.or();
            in.skipSpace();
            in.expect(']');
            return p;
        }
        if (c == '(') {
            in.at++;
            if (in.startsWith("?:")) {
                in.at += 2;
            } else if (in.startsWith("?$")) {
                in.at += 2;
                in.name(); // a named group: (?$value ...)
            } else if (in.startsWith("?")) {
                throw new IllegalArgumentException("group kind");
            }
            Prefilter p = alternatives();
            in.expect(')');
            return p;
        }
        if (c == '^' || c == '$') {
            in.at++;
            return Prefilter.Always.INSTANCE; // an anchor holds no token: it narrows nothing, and requires nothing
        }
        if (c == '@') {
            in.at++;
            String name = in.name();
            if (name.isEmpty()) {
                throw new IllegalArgumentException("lexicon name");
            }
            return new Prefilter.Lexicon(name);
        }
        if (in.startsWith(FramePattern.NUMBER)) {
            in.at += FramePattern.NUMBER.length();
            return new Prefilter.Attribute("word", java.util.regex.Pattern.compile(FramePattern.NUMBER_REGEX), null);
        }
        if (Character.isLetterOrDigit(c)) {
            return new Prefilter.Attribute("word", null, in.name()); // a bare word is a token text
        }
        throw new IllegalArgumentException("element at " + in.at);
    }

    /** Reads a quantifier if any; true when it allows zero repetitions. */
    private boolean optional() {
        if (in.atEnd()) {
            return false;
        }
        char c = in.current();
        boolean zero;
        if (c == '?' || c == '*') {
            in.at++;
            zero = true;
        } else if (c == '+') {
            in.at++;
            zero = false;
        } else if (c == '{') {
            int close = in.src.indexOf('}', in.at);
            String body = in.src.substring(in.at + 1, close);
            if (!body.matches("\\d+(,\\d*)?")) {
                throw new IllegalArgumentException("quantifier");
            }
            zero = Integer.parseInt(body.split(",")[0]) == 0;
            in.at = close + 1;
        } else {
            return false;
        }
        if (!in.atEnd() && (in.current() == '?' || in.current() == '+')) {
            in.at++; // reluctant or possessive
        }
        return zero;
    }
}
