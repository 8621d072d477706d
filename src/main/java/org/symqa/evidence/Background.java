package org.symqa.evidence;

import org.symqa.resources.KeyValueFile;
import org.symqa.resources.SourceException;
import org.symqa.rules.AnyOf;
import org.symqa.rules.BlockFile;
import org.symqa.rules.ItemParser;
import org.symqa.rules.SentenceView;
import org.symqa.rules.Span;

/**
 * Tells sentences about other people's work from sentences about this study's methods, by the settings of
 * {@code rules/background.txt}: a reference-list entry (dense with initials, years and bibliographic words), or a
 * remark about earlier studies ("previous studies have used ...") that says nothing of this study ("we", "our"),
 * or a plan ("in future work, we will add dropout").
 * A rule that matches such a sentence is only related evidence, and its words are never facts.
 *
 * @param referenceToken a token typical of a reference entry
 * @param referenceShare the least share of a sentence's tokens that are reference tokens for a reference entry
 * @param referenceMin   the least number of reference tokens for a reference entry
 * @param otherWork      words that speak of other studies
 * @param self           words that speak of this study
 * @param plans          words that speak of work not done yet ("future work", "further research")
 */
public record Background(AnyOf referenceToken, double referenceShare, int referenceMin, AnyOf otherWork, AnyOf self,
                         AnyOf plans) {

    /** Reads the settings file. */
    public static Background from(KeyValueFile f, ItemParser items) throws SourceException {
        return new Background(items(f, items, "reference-token"), number(f, "reference-share", 0, 1),
                (int) number(f, "reference-min", 1, 100), items(f, items, "other-work"), items(f, items, "self"),
                items(f, items, "plans"));
    }

    /** True when the sentence is about other people's work or work not done yet, not this study's methods. */
    public boolean test(SentenceView s) {
        return isReference(s) || !plans.find(s).isEmpty() || !otherWork.find(s).isEmpty() && self.find(s).isEmpty();
    }

    /** True when the sentence reads as a reference-list entry. */
    public boolean isReference(SentenceView s) {
        int n = s.tokens().size();
        boolean[] marked = new boolean[n];
        int count = 0;
        for (Span sp : referenceToken.find(s)) {
            for (int i = sp.start(); i < sp.end(); i++) {
                if (!marked[i]) {
                    marked[i] = true;
                    count++;
                }
            }
        }
        return count >= referenceMin && count >= referenceShare * n;
    }

    private static AnyOf items(KeyValueFile f, ItemParser items, String key) throws SourceException {
        KeyValueFile.Entry e = f.require(key);
        return items.parse(f.name(), new BlockFile.Field(key, e.value(), e.line(), key.length() + 3));
    }

    private static double number(KeyValueFile f, String key, double min, double max) throws SourceException {
        KeyValueFile.Entry e = f.require(key);
        try {
            double v = Double.parseDouble(e.value());
            if (v >= min && v <= max) {
                return v;
            }
        } catch (NumberFormatException ex) {
            // reported below
        }
        throw new SourceException(f.name(), e.line(), key.length() + 3, key + " must be a number in " + min + ".."
                + max + ", got " + e.value());
    }
}
