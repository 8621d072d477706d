package org.symqa.evidence;

import org.symqa.resources.KeyValueFile;
import org.symqa.resources.SourceException;
import org.symqa.rules.AnyOf;
import org.symqa.rules.BlockFile;
import org.symqa.rules.FramePattern;
import org.symqa.rules.ItemParser;
import org.symqa.rules.SentenceView;

/**
 * A cited study that acts ("Okafor et al. (2019) drew bounding boxes ..."), by the {@code other-work-citation:}
 * TokensRegex pattern of {@code rules/background.txt}; the pattern is tried only on a sentence that holds one of the
 * {@code other-work-citation-has:} items (a year), as TokensRegex is slow. {@link Background} counts such a sentence
 * as other work when it has no self word.
 *
 * @param pattern the TokensRegex pattern
 * @param has     what a sentence must hold before the pattern is tried
 */
public record Citation(FramePattern pattern, AnyOf has) {
    /** The key of the pattern. */
    static final String PATTERN = "other-work-citation";
    /** The key of the items a sentence needs before the pattern is tried. */
    static final String HAS = "other-work-citation-has";
    /** The keys, in file order. */
    static final java.util.List<String> KEYS = java.util.List.of(PATTERN, HAS);

    public Citation {
        java.util.Objects.requireNonNull(pattern, "pattern");
        java.util.Objects.requireNonNull(has, "has");
    }

    /** True when the sentence holds a cited study that acts. */
    public boolean test(SentenceView v) {
        return has.any(v) && pattern.find(v) != null;
    }

    /** The citation settings of the file, or null when it has none; one key without the other is an error. */
    static Citation from(KeyValueFile f, ItemParser items) throws SourceException {
        if (f.find(PATTERN).isPresent() != f.find(HAS).isPresent()) {
            KeyValueFile.Entry e = f.find(PATTERN).orElseGet(() -> f.find(HAS).get());
            throw new SourceException(f.name(), e.line(), 1, PATTERN + ": and " + HAS + ": come together");
        }
        if (f.find(PATTERN).isEmpty()) {
            return null;
        }
        KeyValueFile.Entry e = f.require(PATTERN);
        FramePattern pattern = items.pattern(f.name(), new BlockFile.Field(PATTERN, e.value(), e.line(),
                PATTERN.length() + 3));
        return new Citation(pattern, Settings.items(f, items, HAS));
    }
}
