package org.symqa.evidence;

import org.symqa.resources.KeyValueFile;
import org.symqa.resources.SourceException;
import org.symqa.rules.AnyOf;
import org.symqa.rules.BlockFile;
import org.symqa.rules.ItemParser;

/**
 * Reads one typed value of a {@code rules/background.txt} key (items, a pattern, a bounded number) for the parts of
 * {@link Background}; a missing or bad value is an error at its line and column.
 */
final class Settings {
    private Settings() {
    }

    /** The regular expression of {@code key}; a bad one is an error at its column. */
    static java.util.regex.Pattern pattern(KeyValueFile f, String key) throws SourceException {
        KeyValueFile.Entry e = f.require(key);
        try {
            return java.util.regex.Pattern.compile(e.value());
        } catch (java.util.regex.PatternSyntaxException x) {
            throw new SourceException(f.name(), e.line(), key.length() + 3 + Math.max(x.getIndex(), 0), "bad " + key
                    + " pattern: " + x.getDescription());
        }
    }

    /** The items of {@code key} (words, phrases, lexicon names). */
    static AnyOf items(KeyValueFile f, ItemParser items, String key) throws SourceException {
        KeyValueFile.Entry e = f.require(key);
        return items.parse(f.name(), new BlockFile.Field(key, e.value(), e.line(), key.length() + 3));
    }

    /** The whole number of {@code key}, which must lie in {@code min..max} ({@link KeyValueFile#number}). */
    static int integer(KeyValueFile f, String key, int min, int max) throws SourceException {
        java.util.List<SourceException> errors = new java.util.ArrayList<>();
        Integer v = f.number(f.require(key), min, max, errors);
        if (v == null) {
            throw errors.get(0);
        }
        return v;
    }

    /** The number of {@code key}, which must lie in {@code min..max}. */
    static double number(KeyValueFile f, String key, double min, double max) throws SourceException {
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
