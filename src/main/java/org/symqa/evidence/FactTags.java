package org.symqa.evidence;

import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.symqa.nlp.Token;
import org.symqa.resources.KeyValueFile;
import org.symqa.resources.SourceException;

/**
 * The part-of-speech tags by which a fact's edges are found: which words are numbers, nouns, plural nouns, modifiers
 * and name parts. Each is a regular expression over one whole tag, read from an optional line of
 * {@code rules/facts.txt}; a missing line takes the Penn Treebank default shown in {@link #DEFAULT}.
 *
 * @param number     tags of a number ({@code number-tags:}, default {@code CD}: "800", "0.01")
 * @param pluralNoun tags of a plural common noun a number counts before it ({@code plural-noun-tags:}, default
 *                   {@code NNS}: "800 images" is no name)
 * @param noun       tags of a noun a number counts ({@code noun-tags:}, default {@code NN.*}: "5 epochs")
 * @param modifier   tags of a word between a number and the noun it counts ({@code modifier-tags:}, default
 *                   {@code JJ.*}: "5 consecutive epochs")
 * @param name       tags of a name part a fact grows over ({@code name-tags:}, default {@code NNP.*|CD}:
 *                   "NVIDIA RTX 3090 GPU")
 * @param growStop   tags of a word a bare word does not grow over ({@code grow-stop-tags:}, default none: a finite
 *                   verb makes a clause of "data augmentation was used to enlarge the dataset")
 * @param grownEnd   tags of a word a grown bare word does not end on ({@code grown-end-tags:}, default none): the
 *                   modifiers and function words left dangling when a trailing generic word is trimmed ("steps with
 *                   the suggested [models]")
 */
public record FactTags(Pattern number, Pattern pluralNoun, Pattern noun, Pattern modifier, Pattern name,
                       Pattern growStop, Pattern grownEnd) {
    /** The tags used when {@code rules/facts.txt} names none. */
    public static final FactTags DEFAULT = new FactTags(Pattern.compile("CD"), Pattern.compile("NNS"),
            Pattern.compile("NN.*"), Pattern.compile("JJ.*"), Pattern.compile("NNP.*|CD"), Pattern.compile("(?!)"),
            Pattern.compile("(?!)"));

    public FactTags {
        if (number == null || pluralNoun == null || noun == null || modifier == null || name == null
                || growStop == null || grownEnd == null) {
            throw new IllegalArgumentException("every fact tag pattern is needed");
        }
    }

    /** Reads the optional tag lines, each missing one taking its default. */
    public static FactTags from(KeyValueFile f) throws SourceException {
        return new FactTags(pattern(f, "number-tags", DEFAULT.number),
                pattern(f, "plural-noun-tags", DEFAULT.pluralNoun), pattern(f, "noun-tags", DEFAULT.noun),
                pattern(f, "modifier-tags", DEFAULT.modifier), pattern(f, "name-tags", DEFAULT.name),
                pattern(f, "grow-stop-tags", DEFAULT.growStop), pattern(f, "grown-end-tags", DEFAULT.grownEnd));
    }

    /**
     * The pattern of the line {@code key}, or {@code fallback} when there is none; a bad pattern is reported at the
     * place it goes wrong.
     */
    static Pattern pattern(KeyValueFile f, String key, Pattern fallback) throws SourceException {
        KeyValueFile.Entry e = f.find(key).orElse(null);
        if (e == null) {
            return fallback;
        }
        try {
            return Pattern.compile(e.value());
        } catch (PatternSyntaxException x) {
            throw new SourceException(f.name(), e.line(), e.column() + Math.max(x.getIndex(), 0),
                    "bad " + key + " pattern: " + x.getDescription());
        }
    }

    /** True when a bare word's growth stops before {@code t} ("data augmentation" / "was used ..."). */
    boolean stopsGrowth(Token t) {
        return is(growStop, t);
    }

    /** True when a grown bare word does not end on {@code t} ("steps with the suggested"). */
    boolean endsNoGrowth(Token t) {
        return is(grownEnd, t);
    }

    /** True when the noun at {@code i} is the head of the noun before it ("generalisation performance"). */
    boolean compoundHead(List<Token> tokens, int i) {
        return i >= 1 && is(noun, tokens.get(i)) && is(noun, tokens.get(i - 1));
    }

    /** True when {@code t} is a number that counts the plural common noun after it ("800 images"). */
    boolean count(Token t, Token next) {
        return is(number, t) && is(pluralNoun, next);
    }

    /** True when the tag of {@code t} is one a name part may have (its spelling is {@link FactEdges}'s to judge). */
    boolean nameTag(Token t) {
        return is(name, t);
    }

    /** True when the word at {@code i} is the noun a number counts ("5 epochs", "5 consecutive epochs"). */
    boolean counted(List<Token> tokens, int i) {
        if (i < 1 || !is(noun, tokens.get(i))) {
            return false;
        }
        Token before = tokens.get(i - 1);
        return is(number, before) || is(modifier, before) && i >= 2 && is(number, tokens.get(i - 2));
    }

    private static boolean is(Pattern tags, Token t) {
        return tags.matcher(t.pos()).matches();
    }
}
