package org.symqa.rules;

import java.util.List;
import org.symqa.nlp.Token;
import org.symqa.resources.KeyValueFile;
import org.symqa.resources.SourceException;

/**
 * Finds the tokens of a sentence that stand inside a negation's scope, in the manner of NegEx: a cue ("no",
 * "without", "instead of") negates the words after it up to a scope end or a window; a verbal cue ("not", "never")
 * negates only the use of something ("was not used", "did not apply"): when a usage verb follows it closely, it
 * negates its clause both ways ("Dropout was not used", "We did not use Adam"), so that "did not improve" or "was
 * not able to" negate nothing; a post cue ("was omitted") negates its clause backwards; pseudo cues ("not only",
 * "no significant", "without improvement") negate nothing. Every word list and window comes from
 * {@code rules/negation.txt} and the lexicons it names.
 */
public final class NegationScope {
    private final AnyOf pre;
    private final AnyOf post;
    private final AnyOf pseudo;
    private final AnyOf end;
    private final AnyOf commaEnds;
    private final AnyOf verbal;
    private final AnyOf usage;
    private final AnyOf listJoin;
    private final int forward;
    private final int backward;
    private final java.util.regex.Pattern stopTags;
    private final java.util.regex.Pattern phraseStopTags;

    private NegationScope(List<AnyOf> items, int forward, int backward, java.util.regex.Pattern stopTags,
                          java.util.regex.Pattern phraseStopTags) {
        this.stopTags = stopTags;
        this.phraseStopTags = phraseStopTags;
        this.pre = items.get(0);
        this.post = items.get(1);
        this.pseudo = items.get(2);
        this.end = items.get(3);
        this.commaEnds = items.get(4);
        this.verbal = items.get(5);
        this.usage = items.get(6);
        this.listJoin = items.get(7);
        this.forward = forward;
        this.backward = backward;
    }

    private static final List<String> KEYS = List.of("pre", "post", "pseudo", "end", "comma-ends", "verbal", "usage",
            "list-join");

    /** Reads the settings file; an unknown or repeated key is an error. */
    public static NegationScope from(KeyValueFile f, ItemParser parser) throws SourceException {
        List<SourceException> errors = new java.util.ArrayList<>();
        List<String> known = new java.util.ArrayList<>(KEYS);
        known.addAll(List.of("forward-window", "backward-window", "stop-tags", "phrase-stop-tags"));
        f.checkKeys(known, List.of(), errors);
        if (!errors.isEmpty()) {
            throw errors.get(0);
        }
        List<AnyOf> items = new java.util.ArrayList<>();
        for (String key : KEYS) {
            KeyValueFile.Entry e = f.require(key);
            items.add(parser.parse(f.name(), new BlockFile.Field(key, e.value(), e.line(), key.length() + 3)));
        }
        return new NegationScope(items, window(f, "forward-window"), window(f, "backward-window"),
                tags(f, "stop-tags"), tags(f, "phrase-stop-tags"));
    }

    private static java.util.regex.Pattern tags(KeyValueFile f, String key) throws SourceException {
        KeyValueFile.Entry tags = f.require(key);
        try {
            return java.util.regex.Pattern.compile(tags.value());
        } catch (java.util.regex.PatternSyntaxException e) {
            throw new SourceException(f.name(), tags.line(), key.length() + 3 + Math.max(e.getIndex(), 0),
                    "bad " + key + " pattern: " + e.getDescription());
        }
    }

    private static int window(KeyValueFile f, String key) throws SourceException {
        KeyValueFile.Entry e = f.require(key);
        try {
            int n = Integer.parseInt(e.value());
            if (n < 1 || n > 50) {
                throw new SourceException(f.name(), e.line(), key.length() + 3, key + " must be 1..50, got " + n);
            }
            return n;
        } catch (NumberFormatException ex) {
            throw new SourceException(f.name(), e.line(), key.length() + 3, "not a whole number: " + e.value());
        }
    }

    /** The lexicons the settings name. */
    public java.util.Set<String> lexicons() {
        java.util.Set<String> out = new java.util.LinkedHashSet<>();
        for (AnyOf a : List.of(pre, post, pseudo, end, commaEnds, verbal, usage, listJoin)) {
            out.addAll(a.lexicons());
        }
        return out;
    }

    /** For each token of the sentence, whether it stands inside a negation's scope. */
    public boolean[] mask(SentenceView s) {
        List<Token> tokens = s.tokens();
        int n = tokens.size();
        boolean[] negated = new boolean[n];
        boolean[] blocked = marks(pseudo.find(s), n);
        boolean[] ends = marks(end.find(s), n);
        boolean[] joins = marks(listJoin.find(s), n);
        for (Span cue : pre.find(s)) {
            if (blocked[cue.start()]) {
                continue;
            }
            boolean prepositional = startsAny(commaEnds.find(s), cue.start());
            ahead(tokens, ends, joins, negated, cue.end(), prepositional, prepositional ? phraseStopTags : stopTags);
        }
        for (Span cue : verbal.find(s)) {
            int used = blocked[cue.start()] ? -1 : usageAfter(s, cue.end());
            if (used >= 0) {
                for (int i = cue.end(); i < used; i++) {
                    negated[i] = true; // "not manually annotated", "not been used"
                }
                ahead(tokens, ends, joins, negated, used, false, phraseStopTags);
                back(tokens, ends, negated, cue.start());
            }
        }
        for (Span cue : post.find(s)) {
            if (!blocked[cue.start()]) {
                back(tokens, ends, negated, cue.start());
            }
        }
        return negated;
    }

    /**
     * Marks the phrase from {@code from} on: up to a scope end, a word whose tag is in {@code stop} past the first
     * one that is not a form of "be" or "have" (the phrase the cue governs: "no fixed random seed", "without being
     * resized", but not "was used"), the window's edge, or (when {@code byComma}) a comma.
     */
    private void ahead(List<Token> tokens, boolean[] ends, boolean[] joins, boolean[] negated, int from, boolean byComma,
                       java.util.regex.Pattern stop) {
        int first = from;
        while (first < tokens.size() && auxiliary(tokens.get(first))) {
            first++;
        }
        for (int i = from; i < tokens.size() && i < from + forward && !ends[i]
                && !(byComma && tokens.get(i).word().equals(","))
                && !(i > first && stop.matcher(tokens.get(i).pos()).matches() && !coordinated(tokens, joins, i, from)); i++) {
            negated[i] = true;
        }
    }

    /**
     * True for a verb of a list that starts with the negated usage verb just before {@code from} ("we do not flip,
     * rotate or rescale"): the words from that verb to this one are verbs and list joins ({@code list-join:}: a
     * comma, "or", "nor"), and the word before this one is a list join.
     */
    private static boolean coordinated(List<Token> tokens, boolean[] joins, int i, int from) {
        if (from == 0 || !joins[i - 1] || !tokens.get(i).pos().startsWith("VB")) {
            return false;
        }
        for (int k = from - 1; k < i; k++) {
            if (!tokens.get(k).pos().startsWith("VB") && !joins[k]) {
                return false;
            }
        }
        return tokens.get(from - 1).pos().startsWith("VB");
    }

    /** True for a form of "be" or "have" ("without being resized"). */
    private static boolean auxiliary(Token t) {
        String lemma = t.lemma().toLowerCase(java.util.Locale.ROOT);
        return lemma.equals("be") || lemma.equals("have");
    }

    /** Marks the clause before {@code from} (to a scope end, a comma or the window's edge). */
    private void back(List<Token> tokens, boolean[] ends, boolean[] negated, int from) {
        for (int i = from - 1; i >= 0 && i >= from - backward && !ends[i] && !tokens.get(i).word().equals(","); i--) {
            negated[i] = true;
        }
    }

    /**
     * The end of a usage verb that starts within three tokens from {@code at} ("not used", "not be applied", "not
     * been used"), or -1.
     */
    private int usageAfter(SentenceView s, int at) {
        for (Span u : usage.find(s)) {
            if (u.start() >= at && u.start() < at + 3) {
                return u.end();
            }
        }
        return -1;
    }

    private static boolean startsAny(List<Span> spans, int at) {
        return spans.stream().anyMatch(sp -> sp.start() == at);
    }

    private static boolean[] marks(List<Span> spans, int n) {
        boolean[] out = new boolean[n];
        for (Span sp : spans) {
            for (int i = sp.start(); i < sp.end(); i++) {
                out[i] = true;
            }
        }
        return out;
    }
}
