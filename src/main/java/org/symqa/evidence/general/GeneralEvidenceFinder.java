package org.symqa.evidence.general;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.symqa.evidence.Evidence;
import org.symqa.evidence.EvidenceFinder;
import org.symqa.evidence.Extraction;
import org.symqa.evidence.Finding;
import org.symqa.evidence.Reason;
import org.symqa.evidence.RuleEvidenceFinder;
import org.symqa.evidence.Verdict;
import org.symqa.nlp.Chunk;
import org.symqa.nlp.Document;
import org.symqa.nlp.Sentence;
import org.symqa.nlp.Token;
import org.symqa.rules.RuleKind;
import org.symqa.rules.SentenceView;
import org.symqa.rules.Span;
import org.symqa.text.Quote;
import org.symqa.topic.TopicDecision;

/**
 * Answers a question outside the topics: it analyses the question (answer type, focus), ranks the context's
 * sentences ({@link SentenceScorer}), and answers with the span of the best sentence that holds an answer of the
 * question's type, when that sentence holds enough of the question and ranks clearly above any sentence that gives
 * another answer. Otherwise it cites the nearest sentences as related evidence.
 */
public final class GeneralEvidenceFinder implements EvidenceFinder {
    /** The rule id of an answering sentence's evidence is this prefix and the question type. */
    public static final String ANSWER_RULE = "general.";
    /** The rule id of related sentences. */
    public static final String RELATED_RULE = "general.related";

    private final GeneralSettings settings;
    private final Function<String, SentenceView> questionViews;
    private final Function<Sentence, SentenceView> views;
    private final QuestionAnalyser analyser;
    private final SentenceScorer scorer;

    public GeneralEvidenceFinder(GeneralSettings settings, Function<String, SentenceView> questionViews,
                                 Function<Sentence, SentenceView> views) {
        this.settings = settings;
        this.questionViews = questionViews;
        this.views = views;
        this.analyser = new QuestionAnalyser(settings);
        this.scorer = new SentenceScorer(settings);
    }

    /** The analysis of a question (for explanations and tests). */
    public Question analyse(String question) {
        return analyser.analyse(questionViews.apply(question));
    }

    @Override
    public Finding find(String question, TopicDecision topics, Document document) {
        if (document.isEmpty()) {
            return new Finding(Verdict.NO_INFORMATION, Reason.NO_CONTEXT, List.of());
        }
        Question q = analyse(question);
        List<Scored> ranked = rank(q, document);
        GeneralSettings.Limits limits = settings.limits();
        if (q.keys().isEmpty() || ranked.isEmpty()) {
            return new Finding(Verdict.NO_INFORMATION, Reason.WEAK_OVERLAP, List.of());
        }
        Scored top = ranked.get(0);
        Scored best = ranked.stream().filter(Scored::answers).findFirst().orElse(null);
        Reason reason;
        if (best == null || best.coverage() < limits.answerCoverage()) {
            reason = top.coverage() < limits.answerCoverage() ? Reason.WEAK_OVERLAP : Reason.NO_ANSWER_SPAN;
        } else if (best.score() + limits.answerMargin() < top.score() || rivalled(best, ranked)) {
            reason = Reason.AMBIGUOUS;
        } else {
            List<Evidence> evidence = new ArrayList<>();
            Evidence direct = cite(best, ANSWER_RULE + q.type().name(), location(q, best), RuleKind.DIRECT,
                    List.of(text(best, best.span())));
            evidence.add(direct);
            evidence.addAll(related(ranked, best));
            return new Finding(Verdict.ANSWERED, Reason.DIRECT_EVIDENCE, evidence,
                    Optional.of(extraction(q, best, direct)));
        }
        List<Evidence> related = related(ranked, null);
        return new Finding(related.isEmpty() ? Verdict.NO_INFORMATION : Verdict.PARTIAL, reason, related);
    }

    /** The context's sentences as ranked for the question, best first (for tests and explanations). */
    List<Scored> ranked(Question q, Document document) {
        return rank(q, document);
    }

    private List<Scored> rank(Question q, Document document) {
        List<Chunk> chunks = new ArrayList<>();
        List<Sentence> sentences = new ArrayList<>();
        List<SentenceView> sentenceViews = new ArrayList<>();
        List<List<String>> lemmas = new ArrayList<>();
        for (Chunk chunk : document.chunks()) {
            for (int i = 0; i < chunk.sentences().size(); i++) {
                Sentence s = chunk.tagged(i);
                SentenceView v = chunk.annotation().memo(RuleEvidenceFinder.VIEW_SLOT, i, () -> views.apply(s));
                chunks.add(chunk);
                sentences.add(s);
                sentenceViews.add(v);
                lemmas.add(s.tokens().stream().filter(t -> t.word().chars().anyMatch(Character::isLetterOrDigit))
                        .map(Question::key).toList());
            }
        }
        Abbreviations abbreviations = Abbreviations.of(sentenceViews);
        Map<String, Double> weights = new java.util.HashMap<>(Coverage.weights(q.keys(), sentenceViews, abbreviations));
        String head = q.headLemma();
        if (head != null && weights.containsKey(head)
                && (q.type().shape() == AnswerShape.NAME || q.type().shape() == AnswerShape.PLACE)) {
            weights.put(head, weights.get(head) * settings.limits().typeHeadWeight());
        }
        Setting setting = new Setting(q, weights, abbreviations);
        double[] bm25 = Bm25Sentences.scores(lemmas, q.keys());
        double max = 0;
        for (double b : bm25) {
            max = Math.max(max, b);
        }
        List<Scored> out = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            out.add(scorer.score(setting, chunks.get(i), sentences.get(i), sentenceViews.get(i), i,
                    max > 0 ? bm25[i] / max : 0));
        }
        out.sort(Comparator.comparingDouble(Scored::score).reversed().thenComparingInt(Scored::order));
        return out;
    }

    /** True when another sentence gives a different answer and scores within the margin. */
    private boolean rivalled(Scored best, List<Scored> ranked) {
        for (Scored s : ranked) {
            if (s != best && s.answers() && !s.phrase().equals(best.phrase())
                    && best.score() - s.score() < settings.limits().answerMargin()) {
                return true;
            }
        }
        return false;
    }

    private List<Evidence> related(List<Scored> ranked, Scored except) {
        List<Evidence> out = new ArrayList<>();
        for (Scored s : ranked) {
            if (out.size() >= settings.limits().maxRelated()) {
                break;
            }
            if (s != except && s.coverage() > 0 && s.coverage() >= settings.limits().relatedCoverage()) {
                out.add(cite(s, RELATED_RULE, settings.location(), RuleKind.RELATED, List.of()));
            }
        }
        return out;
    }

    private static String location(Question q, Scored s) {
        return s.rewrite() != null ? q.type().file() + ":" + s.rewrite().line() : q.type().location();
    }

    private static Evidence cite(Scored s, String rule, String location, RuleKind kind, List<String> facts) {
        Chunk c = s.chunk();
        int start = c.text().originalOffset(s.sentence().start());
        int end = c.text().originalEnd(s.sentence().end());
        String quoted = Quote.of(c.text(), s.sentence().start(), s.sentence().end());
        return new Evidence(c.number(), start, end, quoted, rule, location, kind, facts);
    }

    private static String text(Scored s, Span span) {
        List<Token> t = s.sentence().tokens();
        return Quote.of(s.chunk().text(), t.get(span.start()).start(), t.get(span.end() - 1).end());
    }

    private static Extraction extraction(Question q, Scored s, Evidence direct) {
        List<Token> t = s.sentence().tokens();
        Chunk c = s.chunk();
        int start = c.text().originalOffset(t.get(s.span().start()).start());
        int end = c.text().originalEnd(t.get(s.span().end() - 1).end());
        PolarReader.Reply reply = s.reply();
        boolean negated = reply != null && reply.negation();
        return new Extraction(q.type().name(), reply == null ? null : reply.polarity().json(), c.number(), start, end,
                text(s, s.span()), reply == null ? "answer" : "polarity", negated, direct.rule(), direct.location());
    }
}
