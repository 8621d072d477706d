package org.symqa.rules;

import java.util.ArrayList;
import java.util.List;

/**
 * A TokensRegex pattern cut into its top-level steps, to tell how far it got in a sentence where it did not match:
 * the longest prefix of steps that matches, and the step where it stopped.
 */
final class PatternSteps {
    private final List<String> steps;
    private final List<FramePattern> prefixes = new ArrayList<>();

    PatternSteps(String source) {
        this.steps = split(source);
        for (int k = 1; k <= steps.size(); k++) {
            FramePattern p;
            try {
                p = FramePattern.compile(String.join(" ", steps.subList(0, k)));
            } catch (IllegalArgumentException e) {
                p = null;
            }
            prefixes.add(p);
        }
    }

    /** How far the pattern gets in the sentence. */
    Progress progress(SentenceView s) {
        int best = 0;
        Span span = null;
        for (int k = 1; k <= steps.size(); k++) {
            FramePattern p = prefixes.get(k - 1);
            if (p == null) {
                continue;
            }
            Span found = p.find(s);
            if (found == null) {
                break;
            }
            best = k;
            span = found;
        }
        String stoppedAt = best < steps.size() ? steps.get(best) : null;
        return new Progress(best, steps.size(), span, stoppedAt);
    }

    /** Steps matched, of how many, the span matched so far, and the step that failed (null when all matched). */
    record Progress(int matched, int total, Span span, String stoppedAt) {
    }

    /** Splits at white space outside brackets, braces, parentheses and slashes. */
    static List<String> split(String source) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        boolean regex = false;
        StringBuilder cur = new StringBuilder();
        for (int i = 0; i < source.length(); i++) {
            char c = source.charAt(i);
            if (c == '/' && depth > 0 && (i == 0 || source.charAt(i - 1) != '\\')) {
                regex = !regex;
            } else if (!regex && (c == '[' || c == '{' || c == '(')) {
                depth++;
            } else if (!regex && (c == ']' || c == '}' || c == ')')) {
                depth--;
            }
            if (Character.isWhitespace(c) && depth == 0 && !regex) {
                if (cur.length() > 0) {
                    out.add(cur.toString());
                    cur.setLength(0);
                }
            } else {
                cur.append(c);
            }
        }
        if (cur.length() > 0) {
            out.add(cur.toString());
        }
        return out;
    }
}
