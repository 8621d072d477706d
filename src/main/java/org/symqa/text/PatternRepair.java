package org.symqa.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A repair that replaces part of every match of a pattern, such as the hyphen and line break of a word split
 * across lines. The pattern's group {@code edit} (or the whole match) is what gets replaced.
 */
public final class PatternRepair implements TextRepair {

    /** Computes the replacement of one match, given the whole text. */
    @FunctionalInterface
    public interface Replacement {
        String apply(String text, MatchResult match);
    }

    private final String kind;
    private final Pattern pattern;
    private final Replacement replacement;
    private final boolean named;

    public PatternRepair(String kind, Pattern pattern, Replacement replacement) {
        this.kind = kind;
        this.pattern = pattern;
        this.replacement = replacement;
        this.named = pattern.pattern().contains("(?<edit>");
    }

    @Override
    public RepairedText apply(RepairedText in) {
        String text = in.text();
        Matcher m = pattern.matcher(Deadline.watched(text));
        List<RepairedText.Edit> edits = new ArrayList<>();
        while (m.find()) {
            int start = named ? m.start("edit") : m.start();
            int end = named ? m.end("edit") : m.end();
            if (start >= 0) {
                Deadline.check();
                edits.add(new RepairedText.Edit(start, end, replacement.apply(text, m)));
            }
        }
        return in.apply(kind, edits);
    }

    @Override
    public String toString() {
        return kind + ": " + pattern.pattern();
    }
}
