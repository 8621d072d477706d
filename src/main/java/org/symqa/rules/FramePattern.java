package org.symqa.rules;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.tokensregex.Env;
import edu.stanford.nlp.ling.tokensregex.TokenSequenceMatcher;
import edu.stanford.nlp.ling.tokensregex.TokenSequencePattern;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A rule's or frame role's pattern: a CoreNLP TokensRegex expression in which {@code @name} stands for one term of
 * a lexicon and {@code #NUM} for a number; a group {@code (?$value ...)} names the part that is the value, and a
 * group {@code (?$of ...)} the words of the anchor a frame role belongs to ("20 % of the training set for
 * (?$of validation)"). Its {@code toString()} is the pattern as written.
 */
public final class FramePattern {
    private static final Pattern LEXICON_REF = Pattern.compile("@([A-Za-z0-9][A-Za-z0-9_-]*)");
    /** An attribute regex anchored at its start ({@code {tag:/^VB/}}), which reads as "starts with". */
    private static final Pattern ANCHORED = Pattern.compile("\\{([a-z]+):/(\\^[^/]*)/}");
    /** {@code #NUM}: one number token, as {@link Item.Number} reads it. */
    static final String NUMBER = "#NUM";
    /** The token regex {@code #NUM} stands for (a word that is a number, maybe with a per-cent sign or exponent). */
    static final String NUMBER_REGEX = "[-+]?[0-9][0-9.,]*(?:[eE][-+]?[0-9]+)?%?";
    /** The group a pattern names its value by: {@code (?$value ...)}. */
    public static final String VALUE_GROUP = "$value";
    /** The group a frame role names the place of its anchor by: {@code (?$of ...)}. */
    public static final String OF_GROUP = "$of";

    private final String source;
    private final TokenSequencePattern compiled;
    private final List<String> lexicons;
    private final boolean hasValue;
    private final boolean hasOf;

    private FramePattern(String source, TokenSequencePattern compiled) {
        this.source = source;
        this.compiled = compiled;
        this.lexicons = List.copyOf(lexiconRefs(source));
        this.hasValue = source.contains("(?" + VALUE_GROUP);
        this.hasOf = source.contains("(?" + OF_GROUP);
    }

    /** The lexicons this pattern refers to. */
    public List<String> lexicons() {
        return lexicons;
    }

    /** The lexicon names a pattern refers to, in order of appearance. */
    public static List<String> lexiconRefs(String source) {
        List<String> names = new ArrayList<>();
        Matcher m = LEXICON_REF.matcher(source);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    /** The 0-based offset of the first reference to a lexicon not in {@code known}, or -1. */
    public static int unknownRef(String source, Set<String> known) {
        Matcher m = LEXICON_REF.matcher(source);
        while (m.find()) {
            if (!known.contains(m.group(1))) {
                return m.start();
            }
        }
        return -1;
    }

    /**
     * Compiles a pattern.
     *
     * @throws IllegalArgumentException with TokensRegex's message when the pattern does not parse, or when an
     *                                  attribute regex starts with {@code ^} but ends neither with {@code $} nor with
     *                                  {@code .*}: TokensRegex matches it against the whole attribute, so
     *                                  {@code {tag:/^VB/}} holds for VB alone, not for VBN
     */
    public static FramePattern compile(String source) {
        Matcher anchored = ANCHORED.matcher(source);
        while (anchored.find()) {
            String re = anchored.group(2);
            if (!re.endsWith("$") && !re.endsWith(".*") && !re.endsWith(".+")) {
                throw new IllegalArgumentException("{" + anchored.group(1) + ":/" + re + "/} reads as \"starts with\", but"
                        + " a token regex must match the whole " + anchored.group(1) + ": end it with .* (or $)");
            }
        }
        String expanded = LEXICON_REF.matcher(source)
                .replaceAll(m -> Matcher.quoteReplacement("[{lex:/.*;" + Pattern.quote(m.group(1)) + ";.*/}]+"))
                .replace(NUMBER, "[{word:/" + NUMBER_REGEX + "/}]");
        Env env = TokenSequencePattern.getNewEnv();
        env.bind("lex", SentenceView.LexAnnotation.class);
        try {
            return new FramePattern(source, TokenSequencePattern.compile(env, expanded));
        } catch (RuntimeException | Error e) {
            throw new IllegalArgumentException(reason(e), e);
        }
    }

    /**
     * The first line of a parse failure's message, followed by that of its innermost cause: TokensRegex wraps the
     * parser's "Encountered ... at line L, column C" in a bare "Error when parsing PATTERN".
     */
    private static String reason(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root == e ? firstLine(e) : firstLine(e) + ": " + firstLine(root);
    }

    private static String firstLine(Throwable t) {
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage().split("\n")[0];
    }

    /** The first match in the sentence, or null. */
    public Span find(SentenceView s) {
        List<CoreLabel> labels = s.labels();
        TokenSequenceMatcher m = compiled.getMatcher(labels);
        if (m.find()) {
            return new Span(m.start(), m.end());
        }
        return null;
    }

    /**
     * A match: the whole span, the span of its {@code (?$value ...)} group (the whole span when it has none), and the
     * span of its {@code (?$of ...)} group, where the anchor it belongs to stands (the whole span when it has none).
     */
    public record Found(Span whole, Span value, Span of) {
        /** A match whose anchor is looked for around the whole of it. */
        public Found(Span whole, Span value) {
            this(whole, value, whole);
        }
    }

    /** Every match in the sentence, left to right, not overlapping. */
    public List<Found> findAll(SentenceView s) {
        List<Found> out = new ArrayList<>();
        TokenSequenceMatcher m = compiled.getMatcher(s.labels());
        while (m.find()) {
            Span whole = new Span(m.start(), m.end());
            int vs = hasValue ? m.start(VALUE_GROUP) : -1;
            int ve = hasValue ? m.end(VALUE_GROUP) : -1;
            int os = hasOf ? m.start(OF_GROUP) : -1;
            int oe = hasOf ? m.end(OF_GROUP) : -1;
            out.add(new Found(whole, vs >= 0 && ve > vs ? new Span(vs, ve) : whole,
                    os >= 0 && oe > os ? new Span(os, oe) : whole));
        }
        return out;
    }

    @Override
    public String toString() {
        return source;
    }
}
