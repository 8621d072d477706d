package org.symqa.evidence;

import java.util.List;
import java.util.regex.Pattern;
import org.symqa.nlp.Token;
import org.symqa.rules.SentenceView;
import org.symqa.rules.Span;

/**
 * Where a fact's span begins and ends, for {@link FactMaker}: grown over the name parts beside it and a number's
 * unit, a bracket closed or cut, stray punctuation trimmed. The terms an unanswered reply names grow the same way
 * ({@link #grown(Span, SentenceView, FactSettings)}).
 */
public final class FactEdges {
    private static final Pattern NAME_PART = Pattern.compile("[A-Z0-9][A-Za-z0-9.+-]*|v?\\d+(?:\\.\\d+)*[a-z]?");
    static final Pattern NUMBER = Pattern.compile("[-+]?\\d[\\d.,]*%?");
    /** Punctuation and brackets: no fact ends on one (unless it closes a bracket), and no growth goes past one. */
    static final Pattern STOP = Pattern.compile("[,;:.!?]|-[LR][RSC]B-|[()\\[\\]{}]");
    /** A colon or equals sign: the word after one is the value of what stands before it ("weight_decay: 0.01"). */
    private static final Pattern ASSIGN = Pattern.compile("[:=]");

    private FactEdges() {
    }

    /**
     * A term's span grown as a plain fact's is ("GB of RAM" to "512 GB of RAM", "Intel Xeon" to "Intel Xeon Gold
     * 5118"): over the name parts beside it and a number's unit, tidied, trimmed of {@code end-tags:} words; but a
     * term does not start on a number that no unit follows (a count or a year: "2 camera", "2016 BirdCLEF").
     * {@code tagged} is the sentence tagged, with its lexicon hits (the units of {@code rules/facts.txt}).
     */
    public static Span grown(Span s, SentenceView tagged, FactSettings settings) {
        List<Token> tokens = tagged.tokens();
        boolean[] unit = marks(settings.unit().find(tagged), tokens.size());
        Span g = grown(s, tokens, unit, settings);
        int start = g.start();
        while (start < s.start() && NUMBER.matcher(tokens.get(start).word()).matches() && !unit[start + 1]) {
            start++;
        }
        return new Span(start, g.end());
    }

    /** For each of {@code n} tokens, whether one of the spans holds it. */
    static boolean[] marks(List<Span> spans, int n) {
        boolean[] out = new boolean[n];
        for (Span s : spans) {
            for (int i = s.start(); i < s.end(); i++) {
                out[i] = true;
            }
        }
        return out;
    }

    /**
     * True when, by spelling alone, a word beside the span could be a name part or unit it grows over: only then
     * need the sentence be tagged to grow it.
     */
    public static boolean mayGrow(Span s, List<Token> tokens) {
        return s.start() > 0 && NAME_PART.matcher(tokens.get(s.start() - 1).word()).matches()
                || s.end() < tokens.size() && (NAME_PART.matcher(tokens.get(s.end()).word()).matches()
                || NUMBER.matcher(tokens.get(s.end() - 1).word()).matches());
    }

    /** A plain mention's span grown ({@link #whole}) and trimmed of {@code end-tags:} words ({@link #trimEnd}). */
    static Span grown(Span s, List<Token> tokens, boolean[] unit, FactSettings settings) {
        return trimEnd(whole(s, tokens, unit, settings.tags()), tokens, settings.endTags());
    }

    /**
     * The span grown over name parts and a number's unit, then tidied ({@link #tidy}); {@code tags} say which words
     * may be name parts and which number counts the plural noun after it ("800 images": no name part).
     */
    static Span whole(Span s, List<Token> tokens, boolean[] unit, FactTags tags) {
        int start = s.start();
        int end = s.end();
        while (start > 0 && namePart(tokens.get(start - 1), tags)
                && !tags.count(tokens.get(start - 1), tokens.get(start)) && !apart(tokens, start)
                && !(start > 1 && ASSIGN.matcher(tokens.get(start - 2).word()).matches())) {
            start--;
        }
        while (end < tokens.size() && namePart(tokens.get(end), tags) && !apart(tokens, end)) {
            end++;
        }
        if (end < tokens.size() && unit[end] && NUMBER.matcher(tokens.get(end - 1).word()).matches()) {
            end++;
        }
        return tidy(start, end, tokens);
    }

    /** Tokens {@code [start, end)} with an open bracket closed (or cut before it when it closes too far) and stray
     * punctuation trimmed from both ends, a closing bracket too when it closes nothing opened in the span. */
    static Span tidy(int start, int end, List<Token> tokens) {
        int open = 0;
        for (int i = start; i < end; i++) {
            open += depth(tokens.get(i));
        }
        for (int i = end; open > 0 && i < tokens.size() && i < end + 12; i++) {
            open += depth(tokens.get(i));
            if (open == 0) {
                end = i + 1;
            }
        }
        if (open > 0) {
            for (int i = start; i < end; i++) {
                if (depth(tokens.get(i)) > 0) {
                    end = i;
                    break;
                }
            }
        }
        while (end > start + 1 && STOP.matcher(tokens.get(end - 1).word()).matches()
                && (depth(tokens.get(end - 1)) >= 0 || open < 0)) { // a closing bracket stays when it closes one
            open -= depth(tokens.get(end - 1));
            end--;
        }
        while (start < end - 1 && STOP.matcher(tokens.get(start).word()).matches() && depth(tokens.get(start)) <= 0) {
            start++;
        }
        return new Span(start, Math.max(end, start + 1));
    }

    /**
     * The span without the words at its end whose tag is one of {@code endTags} ({@code end-tags:} of
     * {@code rules/facts.txt}: "detects and", "species in" end on a word that needs one after it); one word is kept.
     */
    static Span trimEnd(Span s, List<Token> tokens, Pattern endTags) {
        int end = s.end();
        while (endTags != null && end > s.start() + 1 && endTags.matcher(tokens.get(end - 1).pos()).matches()) {
            end--;
        }
        return new Span(s.start(), end);
    }

    /**
     * The end of a bare word's growth {@code [.., end)} trimmed, in turns until neither changes it and never below
     * {@code min} (the bare word's own end): of trailing generic words, but not the noun a number counts ("after 5
     * consecutive epochs", {@link FactTags#counted}) nor a noun that heads a non-generic noun before it ("the
     * generalisation performance", {@link FactTags#compoundHead}); and of trailing words with a grown-end tag, the
     * modifiers and function words a trimmed noun leaves ("steps with the suggested [models]",
     * {@link FactTags#endsNoGrowth}).
     */
    static int trimGrown(List<Token> tokens, int min, int end, boolean[] generic, FactTags tags) {
        boolean trimmed = true;
        while (trimmed) {
            trimmed = false;
            while (end > min && generic[end - 1] && !tags.counted(tokens, end - 1)
                    && !(tags.compoundHead(tokens, end - 1) && !generic[end - 2])) {
                end--;
                trimmed = true;
            }
            while (end > min && tags.endsNoGrowth(tokens.get(end - 1))) {
                end--;
                trimmed = true;
            }
        }
        return end;
    }

    /** +1 for an opening bracket, -1 for a closing one, 0 otherwise. */
    private static int depth(Token t) {
        String w = t.word();
        return w.equals("(") || w.equals("[") || w.equals("-LRB-") ? 1 : w.equals(")") || w.equals("]")
                || w.equals("-RRB-") ? -1 : 0;
    }

    /**
     * True when tokens {@code at - 1} and {@code at} are two versioned names ("DenseNet201" "EfficientNetB0"):
     * neither growth nor merging crosses between them.
     */
    static boolean apart(List<Token> tokens, int at) {
        return at > 0 && at < tokens.size()
                && org.symqa.text.VersionedName.apart(tokens.get(at - 1).word(), tokens.get(at).word());
    }

    /** True when {@code t} has a name tag and is spelt like a name part ("RTX", "3090", "v2"). */
    private static boolean namePart(Token t, FactTags tags) {
        return tags.nameTag(t) && NAME_PART.matcher(t.word()).matches();
    }
}
