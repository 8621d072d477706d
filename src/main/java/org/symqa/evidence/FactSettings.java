package org.symqa.evidence;

import org.symqa.resources.KeyValueFile;
import org.symqa.resources.SourceException;
import org.symqa.rules.AnyOf;
import org.symqa.rules.BlockFile;
import org.symqa.rules.ItemParser;

/**
 * The settings of {@code rules/facts.txt}: which words cannot be a fact alone, which end a clause when a bare word is
 * grown into the phrase around it, which units a number takes along, how far a fact may grow, and by which tags its
 * edges are found.
 *
 * @param generic   words that cannot be a fact alone ("dataset", "augmented", "model")
 * @param clauseEnd words that end the phrase a bare word grows into ("which", "but", "while")
 * @param unit      units that stay with the number before them ("GB", "%", "GHz")
 * @param maxGrow   the most tokens a bare word grows by
 * @param endTags   tags of words a fact cannot end on (a preposition, conjunction, determiner: "detects and"); null
 *                  when the file has no {@code end-tags:} line
 * @param tags      the tags of numbers, nouns, modifiers and name parts ({@code number-tags:} and the like, optional)
 * @param joiner    a word that joins two anchors of one role standing one word apart into one fact ("Intel 8-core
 *                  processors": "8-core"); null when the file has no {@code anchor-joiner:} line
 */
public record FactSettings(AnyOf generic, AnyOf clauseEnd, AnyOf unit, int maxGrow,
                           java.util.regex.Pattern endTags, FactTags tags, AnyOf joiner) {

    public FactSettings {
        if (maxGrow < 1 || maxGrow > 40) {
            throw new IllegalArgumentException("max-grow must be 1..40");
        }
        if (tags == null) {
            throw new IllegalArgumentException("fact tags are needed");
        }
    }

    /** Reads the settings file. */
    public static FactSettings from(KeyValueFile f, ItemParser items) throws SourceException {
        KeyValueFile.Entry grow = f.require("max-grow");
        int max;
        try {
            max = Integer.parseInt(grow.value());
        } catch (NumberFormatException e) {
            throw new SourceException(f.name(), grow.line(), 11, "not a whole number: " + grow.value());
        }
        if (max < 1 || max > 40) {
            throw new SourceException(f.name(), grow.line(), 11, "max-grow must be 1..40, got " + max);
        }
        return new FactSettings(items(f, items, "generic"), items(f, items, "clause-end"), items(f, items, "unit"), max,
                FactTags.pattern(f, "end-tags", null), FactTags.from(f),
                f.find("anchor-joiner").isPresent() ? items(f, items, "anchor-joiner") : null);
    }

    private static AnyOf items(KeyValueFile f, ItemParser items, String key) throws SourceException {
        KeyValueFile.Entry e = f.require(key);
        return items.parse(f.name(), new BlockFile.Field(key, e.value(), e.line(), key.length() + 3));
    }
}
