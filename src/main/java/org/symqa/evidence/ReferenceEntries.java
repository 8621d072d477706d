package org.symqa.evidence;

import java.util.List;
import java.util.function.IntFunction;
import java.util.regex.Pattern;
import org.symqa.resources.KeyValueFile;
import org.symqa.resources.SourceException;
import org.symqa.rules.AnyOf;
import org.symqa.rules.SentenceView;
import org.symqa.rules.Span;

/**
 * Tells the sentences of a reference list, by the {@code reference-} settings of {@code rules/background.txt}: an
 * entry is dense with initials, years and bibliographic words, or opens with its authors and year; the sentence
 * splitter cuts an entry at the full stops of abbreviated journal names, so a short piece near an entry ("Data
 * Analys.", "Optimal division of data for neural") belongs to the list too.
 *
 * @param token    a token typical of a reference entry
 * @param share    the least share of a sentence's tokens that are reference tokens for an entry
 * @param min      the least number of reference tokens for an entry
 * @param head     an entry also when its first this many tokens hold {@code min} head tokens: it opens with its
 *                 authors ("Elith, J., Leathwick, J.R., 2009. Species distribution models ...")
 * @param headToken a token of an entry's opening (initials, a year; not "et al.", which in-text citations have)
 * @param opening  an entry also when the sentence's text opens with this pattern (one author with initials and a
 *                 year: "Burg, J.P., 1967.", too few head tokens for {@code head})
 * @param fragment a sentence of fewer tokens than this among entries and other short sentences is a piece of the
 *                 list (0: none is)
 * @param reach    how many sentences before and after a piece are looked at
 */
public record ReferenceEntries(AnyOf token, double share, int min, int head, AnyOf headToken, Pattern opening,
                               int fragment, int reach) {
    /** The keys of these settings, in file order. */
    static final List<String> KEYS = List.of("reference-token", "reference-share", "reference-min", "reference-head",
            "reference-head-token", "reference-opening", "reference-fragment", "reference-reach");

    public ReferenceEntries {
        if (min < 1 || head < 0 || share < 0 || share > 1 || fragment < 0 || reach < 0) {
            throw new IllegalArgumentException("reference-min must be at least 1, reference-head, reference-fragment "
                    + "and reference-reach at least 0, reference-share in 0..1");
        }
    }

    /** Reads the settings from the background file. */
    static ReferenceEntries from(KeyValueFile f, org.symqa.rules.ItemParser items) throws SourceException {
        return new ReferenceEntries(Settings.items(f, items, "reference-token"),
                Settings.number(f, "reference-share", 0, 1), Settings.integer(f, "reference-min", 1, 100),
                Settings.integer(f, "reference-head", 0, 100), Settings.items(f, items, "reference-head-token"),
                Settings.pattern(f, "reference-opening"), Settings.integer(f, "reference-fragment", 0, 100),
                Settings.integer(f, "reference-reach", 0, 10));
    }

    /** True when the sentence reads as a reference-list entry. */
    boolean isEntry(SentenceView s) {
        int n = s.tokens().size();
        boolean[] marked = new boolean[n];
        int count = 0;
        for (Span sp : token.find(s)) {
            for (int i = sp.start(); i < sp.end(); i++) {
                if (!marked[i]) {
                    marked[i] = true;
                    count++;
                }
            }
        }
        return count >= min && count >= share * n || opensAsEntry(s) || opening.matcher(s.sentence().text()).lookingAt();
    }

    /**
     * True when sentence {@code i} of {@code n} ({@code view} gives them) is a short piece of a list: it and every
     * sentence within {@code reach} of it are entries ({@code entry}) or shorter than {@code fragment} tokens, and one
     * of them is an entry. A short sentence of the methods beside a running head ("S. Roy et al.") is not one.
     */
    boolean isPiece(int i, int n, IntFunction<SentenceView> view, java.util.function.Predicate<SentenceView> entry) {
        if (view.apply(i).tokens().size() >= fragment) {
            return false;
        }
        boolean near = false;
        for (int j = Math.max(0, i - reach); j <= Math.min(n - 1, i + reach); j++) {
            if (j == i) {
                continue;
            }
            SentenceView v = view.apply(j);
            if (entry.test(v)) {
                near = true;
            } else if (v.tokens().size() >= fragment) {
                return false;
            }
        }
        return near;
    }

    /** True when the sentence's first {@code head} tokens hold {@code min} head tokens. */
    private boolean opensAsEntry(SentenceView s) {
        boolean[] marked = new boolean[s.tokens().size()];
        int count = 0;
        for (Span sp : headToken.find(s)) {
            for (int i = sp.start(); i < Math.min(sp.end(), head); i++) {
                if (!marked[i]) {
                    marked[i] = true;
                    count++;
                }
            }
        }
        return count >= min;
    }
}
