package org.symqa.evidence;

import org.symqa.resources.KeyValueFile;
import org.symqa.resources.SourceException;
import org.symqa.rules.AnyOf;
import org.symqa.rules.BlockFile;
import org.symqa.rules.ItemParser;

/**
 * The settings of {@code rules/facts.txt}: which words cannot be a fact alone, which end a clause when a bare word is
 * grown into the phrase around it, which units a number takes along, and how far a fact may grow.
 *
 * @param generic   words that cannot be a fact alone ("dataset", "augmented", "model")
 * @param clauseEnd words that end the phrase a bare word grows into ("which", "but", "while")
 * @param unit      units that stay with the number before them ("GB", "%", "GHz")
 * @param maxGrow   the most tokens a bare word grows by
 * @param endTags   tags of words a fact cannot end on (a preposition, conjunction, determiner: "detects and"); null
 *                  when the file has no {@code end-tags:} line
 */
public record FactSettings(AnyOf generic, AnyOf clauseEnd, AnyOf unit, int maxGrow,
                           java.util.regex.Pattern endTags) {

    public FactSettings {
        if (maxGrow < 1 || maxGrow > 40) {
            throw new IllegalArgumentException("max-grow must be 1..40");
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
        java.util.regex.Pattern endTags = null;
        KeyValueFile.Entry tags = f.find("end-tags").orElse(null);
        if (tags != null) {
            try {
                endTags = java.util.regex.Pattern.compile(tags.value());
            } catch (java.util.regex.PatternSyntaxException e) {
                throw new SourceException(f.name(), tags.line(), "end-tags".length() + 3 + Math.max(e.getIndex(), 0),
                        "bad end-tags pattern: " + e.getDescription());
            }
        }
        return new FactSettings(items(f, items, "generic"), items(f, items, "clause-end"), items(f, items, "unit"), max,
                endTags);
    }

    private static AnyOf items(KeyValueFile f, ItemParser items, String key) throws SourceException {
        KeyValueFile.Entry e = f.require(key);
        return items.parse(f.name(), new BlockFile.Field(key, e.value(), e.line(), key.length() + 3));
    }
}
