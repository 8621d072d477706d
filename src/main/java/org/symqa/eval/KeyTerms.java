package org.symqa.eval;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The key terms of an answerable item: words that the context holds and at least half of the accepted peer
 * answers repeat, minus the question's own words; or, where no peer answer was accepted, each gold fact's
 * content words.
 */
final class KeyTerms {
    private final ScoreWords words;

    KeyTerms(ScoreWords words) {
        this.words = words;
    }

    /** The key terms, each a set of words that must all appear in the answer. */
    List<Set<String>> of(GoldItem item) {
        List<String> peerYes = acceptedPeerAnswers(item);
        Set<String> question = words.content(item.question());
        List<Set<String>> out = new ArrayList<>();
        if (!item.facts().isEmpty() && peerYes.isEmpty()) {
            for (String fact : item.facts()) {
                Set<String> c = words.content(fact);
                c.removeAll(question);
                if (!c.isEmpty()) {
                    out.add(c);
                }
            }
            return out;
        }
        if (peerYes.isEmpty()) {
            return out;
        }
        List<String> chunks = item.contexts().isEmpty() ? List.of(item.prompt()) : item.contexts();
        Set<String> context = new HashSet<>(words.tokens(String.join(" ", chunks)));
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String a : peerYes) {
            Set<String> c = words.content(a);
            c.retainAll(context);
            c.removeAll(question);
            c.forEach(t -> counts.merge(t, 1, Integer::sum));
        }
        int need = Math.max(1, (peerYes.size() + 1) / 2);
        counts.forEach((t, n) -> {
            if (n >= need) {
                out.add(Set.of(t));
            }
        });
        return out;
    }

    /** Peer answers that the judgements accept ("Yes"), empty answers left out. */
    static List<String> acceptedPeerAnswers(GoldItem item) {
        List<String> out = new ArrayList<>();
        item.peerAnswers().forEach((model, answer) -> {
            if (answer != null && !answer.isEmpty() && "Yes".equals(item.peerJudgements().get(model))) {
                out.add(answer);
            }
        });
        return out;
    }
}
