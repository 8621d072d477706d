package org.symqa.evidence;

import java.util.ArrayList;
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

    /** Reads the settings file. */
    public static GeneralSettings from(KeyValueFile f, ItemParser items) throws SourceException {
        List<AnswerType> types = new ArrayList<>();
        for (KeyValueFile.Entry e : f.entries()) {
            if (!e.key().equals("type")) {
                continue;
            }
            int arrow = e.value().indexOf("=>");
            if (arrow < 0) {
                throw new SourceException(f.name(), e.line(), 7, "expected 'ITEMS => ITEMS'");
            }
            AnyOf asks = items.parse(f.name(), new BlockFile.Field("type", e.value().substring(0, arrow).strip(), e.line(), 7));
            AnyOf needs = items.parse(f.name(), new BlockFile.Field("type", e.value().substring(arrow + 2).strip(),
                    e.line(), 7 + arrow + 3));
            types.add(new AnswerType(asks, needs, e.line()));
        }
        KeyValueFile.Entry answered = f.require("answered-overlap");
        return new GeneralSettings(number(f, answered), number(f, f.require("related-overlap")),
                (int) number(f, f.require("min-shared")), types, f.name(), answered.line());
    }

    private static double number(KeyValueFile f, KeyValueFile.Entry e) throws SourceException {
        try {
            return Double.parseDouble(e.value());
        } catch (NumberFormatException ex) {
            throw new SourceException(f.name(), e.line(), e.key().length() + 3, "not a number: " + e.value());
        }
    }
}
