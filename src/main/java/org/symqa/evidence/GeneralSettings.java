package org.symqa.evidence;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.symqa.resources.KeyValueFile;
import org.symqa.resources.SourceException;
import org.symqa.rules.AnyOf;
import org.symqa.rules.BlockFile;
import org.symqa.rules.ItemParser;

/**
 * The settings of {@code rules/general.txt}: overlap thresholds and answer types for questions outside the topics.
 *
 * @param answeredOverlap share of content lemmas a sentence needs to answer
 * @param relatedOverlap  share it needs to be related evidence
 * @param minShared       least number of shared content lemmas to answer
 * @param types           answer types
 * @param file            the file name, for rule locations
 * @param line            the line of {@code answered-overlap}
 */
public record GeneralSettings(double answeredOverlap, double relatedOverlap, int minShared, List<AnswerType> types,
                              String file, int line) {

    /** An answer type: when the question holds {@code asks}, the sentence must hold {@code needs}. */
    public record AnswerType(AnyOf asks, AnyOf needs, int line) {
    }

    public GeneralSettings {
        types = List.copyOf(types);
        if (answeredOverlap <= 0 || answeredOverlap > 1 || relatedOverlap <= 0 || relatedOverlap > answeredOverlap) {
            throw new IllegalArgumentException("overlaps must satisfy 0 < related <= answered <= 1");
        }
    }

    /** Reads the settings file; the first problem is thrown. */
    public static GeneralSettings from(KeyValueFile f, ItemParser items) throws SourceException {
        List<SourceException> errors = new ArrayList<>();
        GeneralSettings g = from(f, items, errors);
        if (!errors.isEmpty()) {
            throw errors.get(0);
        }
        return g;
    }

    /**
     * Reads the settings file, adding every problem to {@code errors} (unknown or repeated keys, malformed answer
     * types, numbers out of range); null when there is one.
     */
    public static GeneralSettings from(KeyValueFile f, ItemParser items, Collection<SourceException> errors) {
        int before = errors.size();
        List<String> keys = List.of("answered-overlap", "related-overlap", "min-shared");
        f.checkKeys(keys, List.of("type"), errors);
        f.checkPresent(keys, errors);
        List<AnswerType> types = new ArrayList<>();
        for (KeyValueFile.Entry e : f.entries()) {
            if (!e.key().equals("type")) {
                continue;
            }
            int arrow = e.value().indexOf("=>");
            if (arrow < 0) {
                errors.add(new SourceException(f.name(), e.line(), e.column(), "expected 'ITEMS => ITEMS'"));
                continue;
            }
            try {
                AnyOf asks = items.parse(f.name(), new BlockFile.Field("type", e.value().substring(0, arrow).strip(),
                        e.line(), e.column()));
                AnyOf needs = items.parse(f.name(), new BlockFile.Field("type", e.value().substring(arrow + 2).strip(),
                        e.line(), e.column() + arrow + 3));
                types.add(new AnswerType(asks, needs, e.line()));
            } catch (SourceException ex) {
                errors.add(ex);
            }
        }
        Double answered = f.find("answered-overlap").map(e -> share(f, e, errors)).orElse(null);
        Double related = f.find("related-overlap").map(e -> share(f, e, errors)).orElse(null);
        Integer minShared = f.find("min-shared").map(e -> f.number(e, 1, 100, errors)).orElse(null);
        if (answered != null && related != null && related > answered) {
            KeyValueFile.Entry e = f.find("related-overlap").orElseThrow();
            errors.add(new SourceException(f.name(), e.line(), e.column(),
                    "related-overlap (" + e.value() + ") must not be above answered-overlap (" + answered + ")"));
        }
        if (errors.size() > before) {
            return null;
        }
        return new GeneralSettings(answered, related, minShared, types, f.name(), f.find("answered-overlap").orElseThrow().line());
    }

    /** A share above 0 and at most 1, or null after reporting the entry. */
    private static Double share(KeyValueFile f, KeyValueFile.Entry e, Collection<SourceException> errors) {
        try {
            double v = Double.parseDouble(e.value());
            if (v > 0 && v <= 1) {
                return v;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        errors.add(new SourceException(f.name(), e.line(), e.column(), e.key() + " must be a number above 0 and at most 1, not '"
                + e.value() + "'"));
        return null;
    }

}
