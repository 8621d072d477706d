package org.symqa.rules;

import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.symqa.nlp.Token;
import org.symqa.resources.KeyValueFile;
import org.symqa.resources.SourceException;

/**
 * Finds the clause a contrast cue sets apart from this study's own method: "Unlike BirdNET, which is built on a
 * ResNet, we ..." says the ResNet is another tool's, so what a rule finds there is not listed as used. The scope runs
 * from the cue to the comma that closes its clause, through one relative clause that a comma opens (", which ...",
 * ", who ..."), and only when that comma stands within the window: "Unlike earlier studies we used a CNN" has no
 * closing comma, so nothing is marked. The settings are the optional {@code contrast} keys of
 * {@code rules/negation.txt}; without {@code contrast:} no sentence has a contrast scope.
 */
final class ContrastScope {
    /** A scope that marks nothing: the settings have no {@code contrast:} line. */
    static final ContrastScope NONE = new ContrastScope(null, 0, null);

    private final AnyOf cues;
    private final int window;
    private final Pattern relative;

    private ContrastScope(AnyOf cues, int window, Pattern relative) {
        this.cues = cues;
        this.window = window;
        this.relative = relative;
    }

    /**
     * Reads {@code contrast:} (the cues), {@code contrast-window:} (most tokens from a cue to its closing comma,
     * 1..50) and {@code contrast-relative-tags:} (tags of the word after a comma that opens a relative clause); the
     * last two are required when the first is given.
     */
    static ContrastScope from(KeyValueFile f, ItemParser parser) throws SourceException {
        KeyValueFile.Entry e = f.find("contrast").orElse(null);
        if (e == null) {
            return NONE;
        }
        AnyOf cues = parser.parse(f.name(), new BlockFile.Field("contrast", e.value(), e.line(), "contrast".length() + 3));
        KeyValueFile.Entry w = f.require("contrast-window");
        int window;
        try {
            window = Integer.parseInt(w.value());
        } catch (NumberFormatException ex) {
            window = -1;
        }
        if (window < 1 || window > 50) {
            throw new SourceException(f.name(), w.line(), "contrast-window".length() + 3,
                    "contrast-window must be a whole number from 1 to 50, got " + w.value());
        }
        KeyValueFile.Entry tags = f.require("contrast-relative-tags");
        try {
            return new ContrastScope(cues, window, Pattern.compile(tags.value()));
        } catch (PatternSyntaxException ex) {
            throw new SourceException(f.name(), tags.line(), "contrast-relative-tags".length() + 3
                    + Math.max(ex.getIndex(), 0), "bad contrast-relative-tags pattern: " + ex.getDescription());
        }
    }

    /** The lexicons the cues name. */
    java.util.Set<String> lexicons() {
        return cues == null ? java.util.Set.of() : cues.lexicons();
    }

    /** Marks in {@code out} the clause of each cue of the sentence that is not {@code blocked}. */
    void mark(SentenceView s, boolean[] blocked, boolean[] out) {
        if (cues == null) {
            return;
        }
        List<Token> tokens = s.tokens();
        for (Span cue : cues.find(s)) {
            if (blocked[cue.start()]) {
                continue;
            }
            int close = closingComma(tokens, cue.end());
            for (int i = cue.end(); i < close; i++) {
                out[i] = true;
            }
        }
    }

    /** The comma that closes the clause from {@code from} on, past one relative clause, or {@code from} (none). */
    private int closingComma(List<Token> tokens, int from) {
        boolean relativeSeen = false;
        for (int i = from; i < tokens.size() && i < from + window; i++) {
            if (!tokens.get(i).word().equals(",")) {
                continue;
            }
            boolean opensRelative = i + 1 < tokens.size() && relative.matcher(tokens.get(i + 1).pos()).matches();
            if (i > from && (!opensRelative || relativeSeen)) {
                return i;
            }
            relativeSeen |= opensRelative;
        }
        return from;
    }
}
