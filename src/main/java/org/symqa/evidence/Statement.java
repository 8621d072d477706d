package org.symqa.evidence;

import java.util.List;
import org.symqa.resources.KeyValueFile;
import org.symqa.resources.SourceException;
import org.symqa.rules.SentenceView;

/**
 * Tells a sentence that says something from a heading, a table cell or a figure label ("Validation", "NSE Train",
 * "Spatial cleaning"), by the {@code statement-min-tokens} setting of {@code rules/background.txt}: a statement has
 * at least that many tokens. Only statements are cited as related evidence: a lone heading near the question's
 * words tells a reader little.
 *
 * @param minTokens the fewest tokens of a statement
 */
public record Statement(int minTokens) {
    /** The keys of these settings, in file order. */
    static final List<String> KEYS = List.of("statement-min-tokens");

    public Statement {
        if (minTokens < 1) {
            throw new IllegalArgumentException("statement-min-tokens must be at least 1");
        }
    }

    /** Reads the settings, or null when the file has no such key (then every sentence is a statement). */
    static Statement from(KeyValueFile f) throws SourceException {
        if (f.find(KEYS.get(0)).isEmpty()) {
            return null;
        }
        return new Statement(Settings.integer(f, KEYS.get(0), 1, 100));
    }

    /** True when the sentence has enough tokens. */
    boolean says(SentenceView s) {
        return s.tokens().size() >= minTokens;
    }
}
