package org.symqa.evidence;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import org.symqa.nlp.Token;
import org.symqa.rules.Span;

/**
 * Turns the spans a rule matched into whole facts: overlapping or touching spans merge, and each span grows over
 * the name parts beside it (proper nouns, numbers, model codes), so "NVIDIA" "RTX" "GPU" become one fact
 * "NVIDIA RTX 3090 GPU".
 */
final class FactSpans {
    private static final Pattern NAME_PART = Pattern.compile("[A-Z0-9][A-Za-z0-9.+-]*|v?\\d+(?:\\.\\d+)*[a-z]?");

    private FactSpans() {
    }

    static List<Span> whole(List<Span> spans, List<Token> tokens) {
        List<Span> grown = new ArrayList<>();
        for (Span s : spans) {
            int start = s.start();
            int end = s.end();
            while (start > 0 && namePart(tokens.get(start - 1))) {
                start--;
            }
            while (end < tokens.size() && namePart(tokens.get(end))) {
                end++;
            }
            grown.add(new Span(start, end));
        }
        grown.sort(Comparator.comparingInt(Span::start).thenComparingInt(Span::end));
        List<Span> merged = new ArrayList<>();
        for (Span s : grown) {
            if (!merged.isEmpty() && s.start() <= merged.get(merged.size() - 1).end()) {
                Span last = merged.remove(merged.size() - 1);
                merged.add(new Span(last.start(), Math.max(last.end(), s.end())));
            } else {
                merged.add(s);
            }
        }
        return merged;
    }

    private static boolean namePart(Token t) {
        String pos = t.pos();
        return (pos.startsWith("NNP") || pos.equals("CD")) && NAME_PART.matcher(t.word()).matches();
    }
}
