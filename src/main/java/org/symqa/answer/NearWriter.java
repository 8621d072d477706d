package org.symqa.answer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.symqa.evidence.Fact;
import org.symqa.evidence.Verdict;
import org.symqa.topic.Topic;
import org.symqa.topic.TopicCatalog;

/**
 * Writes what an unanswered reply says the near topics' rules found ({@link NearFinding}): for each near topic that
 * answers, its facts with that topic's lead ("The context names these hyperparameters: dropout 0.5 [2]."), through
 * the {@code about-near} template; a fact the reply already names is not named again.
 */
final class NearWriter {
    private final Templates templates;
    private final TopicCatalog catalog;
    private final Set<String> apart;

    NearWriter(Templates templates, TopicCatalog catalog, Set<String> apart) {
        this.templates = templates;
        this.catalog = catalog;
        this.apart = Set.copyOf(apart);
    }

    /**
     * " The context names these hyperparameters: dropout 0.5 [2]." for each answered near topic, at most
     * {@code max-facts-near} facts each, leaving out a fact {@code named} (the reply's own, such as the ones the
     * context says were not used) or an earlier near topic holds, as {@link FactList} keys them (case, plurals and
     * word families aside); the facts named are added to {@code out}. "" when none.
     */
    String write(List<NearFinding> near, List<Fact> named, List<Fact> out) {
        Set<String> seen = new HashSet<>();
        named.forEach(f -> seen.add(TermKey.of(f.text(), catalog.scoring().families())));
        List<String> sentences = new ArrayList<>();
        int max = templates.number("max-facts-near");
        for (NearFinding n : near) {
            Topic t = catalog.find(n.topic()).orElse(null);
            if (t == null || n.finding().verdict() != Verdict.ANSWERED) {
                continue;
            }
            List<Fact> fresh = new ArrayList<>();
            for (Fact f : FactList.of(n.finding().evidence(), Integer.MAX_VALUE, catalog.scoring().families(), apart)
                    .used()) {
                if (fresh.size() < max && seen.add(TermKey.of(f.text(), catalog.scoring().families()))) {
                    fresh.add(f);
                }
            }
            if (fresh.isEmpty()) {
                continue;
            }
            sentences.add(templates.fill(templates.forTopic("answered", t.id()), Map.of("found", t.found(), "missing",
                    t.missing(), "examples", "", "question", "", "facts", FactList.list(fresh, templates))));
            out.addAll(fresh);
        }
        return sentences.isEmpty() ? "" : " " + templates.fill("about-near", Map.of("near", String.join(" ", sentences)));
    }
}
