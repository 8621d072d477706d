package org.symqa.evidence;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import org.symqa.nlp.Chunk;
import org.symqa.nlp.Document;
import org.symqa.nlp.Sentence;
import org.symqa.nlp.Token;
import org.symqa.rules.RuleKind;
import org.symqa.rules.SentenceView;
import org.symqa.text.Quote;
import org.symqa.topic.TopicDecision;

/**
 * Answers a general question by lemma overlap: the sentence holding the largest share of the question's content
 * lemmas answers when the share, the count and the answer type (see {@code rules/general.txt}) all hold; sentences
 * with a smaller share are related evidence.
 */
public final class OverlapEvidenceFinder implements EvidenceFinder {
    static final String STOPWORDS = "stopwords";
    private static final String ANSWER_RULE = "general.overlap";
    private static final String RELATED_RULE = "general.related-overlap";
    private static final int MAX_RELATED = 3;

    private final GeneralSettings settings;
    private final Function<String, SentenceView> questionViews;
    private final Function<Sentence, SentenceView> views;

    public OverlapEvidenceFinder(GeneralSettings settings, Function<String, SentenceView> questionViews,
                                 Function<Sentence, SentenceView> views) {
        this.settings = settings;
        this.questionViews = questionViews;
        this.views = views;
    }

    @Override
    public Finding find(String question, TopicDecision topics, Document document) {
        if (document.isEmpty()) {
            return new Finding(Verdict.NO_INFORMATION, Reason.NO_CONTEXT, List.of());
        }
        SentenceView q = questionViews.apply(question);
        Set<String> content = contentLemmas(q);
        List<String> decisions = new ArrayList<>();
        List<FindingLog.SentenceRef> tagged = new ArrayList<>();
        List<GeneralSettings.AnswerType> types = settings.types().stream()
                .filter(t -> !t.asks().find(q).isEmpty()).toList();
        List<Scored> scored = new ArrayList<>();
        for (Chunk chunk : document.chunks()) {
            for (int i = 0; i < chunk.sentences().size(); i++) {
                Sentence s = chunk.tagged(i);
                tagged.add(new FindingLog.SentenceRef(chunk.number(), i));
                SentenceView v = chunk.annotation().memo(RuleEvidenceFinder.VIEW_SLOT, i, () -> views.apply(s));
                Set<String> shared = new LinkedHashSet<>(contentLemmas(v));
                shared.retainAll(content);
                boolean typed = types.stream().allMatch(t -> !t.needs().find(v).isEmpty());
                scored.add(new Scored(chunk, s, shared.size(), typed));
            }
        }
        decisions.add("question content lemmas: " + (content.isEmpty() ? "none" : String.join(", ", content))
                + "; answer types asked: " + (types.isEmpty() ? "none"
                : String.join(", ", types.stream().map(t -> t.asks() + " => " + t.needs()).toList())));
        if (content.isEmpty()) {
            decisions.add("no content lemma in the question: no information");
            return new Finding(Verdict.NO_INFORMATION, Reason.WEAK_OVERLAP, List.of(),
                    new FindingLog(List.of(), tagged, decisions));
        }
        scored.sort((a, b) -> Integer.compare(b.shared, a.shared));
        String location = settings.file() + ":" + settings.line();
        List<Evidence> evidence = new ArrayList<>();
        Scored best = scored.isEmpty() ? null : scored.get(0);
        boolean answers = best != null && best.shared >= settings.minShared() && best.typed
                && best.shared >= settings.answeredOverlap() * content.size();
        if (best != null) {
            decisions.add("best sentence: chunk " + best.chunk.number() + " s" + best.sentence.index() + " shares "
                    + best.shared + " of " + content.size() + " content lemmas (answers at >= " + settings.minShared()
                    + " and >= " + settings.answeredOverlap() + " of them), answer type "
                    + (best.typed ? "present" : "absent") + ": " + (answers ? "answered" : "not answered"));
        }
        if (answers) {
            evidence.add(cite(best, ANSWER_RULE, location, RuleKind.DIRECT));
        }
        for (Scored s : scored) {
            if (evidence.size() >= MAX_RELATED + (answers ? 1 : 0)) {
                break;
            }
            if (s != best || !answers) {
                if (s.shared > 0 && s.shared >= settings.relatedOverlap() * content.size()) {
                    evidence.add(cite(s, RELATED_RULE, location, RuleKind.RELATED));
                }
            }
        }
        FindingLog log = new FindingLog(evidence, tagged, decisions);
        if (answers) {
            return new Finding(Verdict.ANSWERED, Reason.DIRECT_EVIDENCE, evidence, log);
        }
        return new Finding(evidence.isEmpty() ? Verdict.NO_INFORMATION : Verdict.PARTIAL, Reason.WEAK_OVERLAP,
                evidence, log);
    }

    private static Evidence cite(Scored s, String rule, String location, RuleKind kind) {
        int start = s.chunk.text().originalOffset(s.sentence.start());
        int end = s.chunk.text().originalEnd(s.sentence.end());
        String quoted = Quote.of(s.chunk.text(), s.sentence.start(), s.sentence.end());
        return new Evidence(s.chunk.number(), start, end, quoted, rule, location, kind, List.of(), false);
    }

    private static Set<String> contentLemmas(SentenceView v) {
        Set<String> out = new LinkedHashSet<>();
        boolean[] stop = new boolean[v.tokens().size()];
        v.hits(STOPWORDS).forEach(h -> {
            for (int i = h.start(); i < h.end(); i++) {
                stop[i] = true;
            }
        });
        for (int i = 0; i < v.tokens().size(); i++) {
            Token t = v.tokens().get(i);
            if (!stop[i] && t.word().chars().anyMatch(Character::isLetterOrDigit)) {
                out.add(t.lemma().toLowerCase(Locale.ROOT));
            }
        }
        return out;
    }

    private record Scored(Chunk chunk, Sentence sentence, int shared, boolean typed) {
    }
}
