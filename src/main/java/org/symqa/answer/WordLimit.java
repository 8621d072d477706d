package org.symqa.answer;

import java.util.ArrayList;
import java.util.List;
import org.symqa.text.Spaces;

/** Fits an answer (lead, evidence intro, cited sentences) into a prompt's "less than N words" limit. */
final class WordLimit {
    private WordLimit() {
    }

    /**
     * Joins the parts one a line, dropping cited sentences from the end, then cutting words, until the answer has
     * fewer than {@code limit} words ({@code limit} 0 means no limit).
     */
    static Answer fit(String template, String lead, String intro, List<String> items, int limit,
                      List<org.symqa.evidence.Fact> facts) {
        List<String> kept = new ArrayList<>(items);
        boolean shortened = false;
        while (limit > 0 && words(compose(lead, intro, kept)) >= limit && !kept.isEmpty()) {
            kept.remove(kept.size() - 1);
            shortened = true;
        }
        String text = compose(lead, intro, kept);
        if (limit > 0 && words(text) >= limit) {
            String[] w = Spaces.RUN.split(text.strip());
            text = String.join(" ", java.util.Arrays.copyOf(w, Math.max(1, limit - 1)));
            shortened = true;
        }
        return new Answer(text, template, shortened, facts);
    }

    private static String compose(String lead, String intro, List<String> items) {
        StringBuilder b = new StringBuilder(lead);
        if (!items.isEmpty()) {
            if (!intro.isEmpty()) {
                b.append('\n').append(intro);
            }
            for (String item : items) {
                b.append('\n').append(item);
            }
        }
        return b.toString();
    }

    static int words(String text) {
        return Spaces.words(text);
    }
}
