package org.symqa.evidence.general;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.symqa.evidence.Background;
import org.symqa.evidence.Evidence;
import org.symqa.evidence.EvidenceFinder;
import org.symqa.evidence.Extraction;
import org.symqa.evidence.Fact;
import org.symqa.evidence.Finding;
import org.symqa.evidence.FindingLog;
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

    /**
     * @param settings      the settings and question types
     * @param background    tells sentences about other work (they rank lower)
     * @param questionViews a question as one annotated sentence
     * @param views         a tagged sentence as rules see it
     */
    public GeneralEvidenceFinder(GeneralSettings settings, Background background,
                                 Function<String, SentenceView> questionViews, Function<Sentence, SentenceView> views) {
        this.settings = settings;
        this.questionViews = questionViews;
        this.views = views;
        this.analyser = new QuestionAnalyser(settings);
        this.scorer = new SentenceScorer(settings, background);
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
        List<FindingLog.SentenceRef> tagged = new ArrayList<>();
        ranked.stream().sorted(Comparator.comparingInt(Scored::order))
                .forEach(r -> tagged.add(new FindingLog.SentenceRef(r.chunk().number(), r.sentence().index())));
        List<String> decisions = new ArrayList<>();
        decisions.add("question type " + q.type().name() + " (" + q.type().location() + "), answer shape "
                + q.type().shape().name().toLowerCase(java.util.Locale.ROOT) + "; content words: "
                + (q.keys().isEmpty() ? "none" : String.join(", ", q.keys())) + "; focus head: " + q.headLemma()
                + "; verb: " + q.verbLemma());
        GeneralSettings.Limits limits = settings.limits();
        if (q.keys().isEmpty() || ranked.isEmpty()) {
            decisions.add("no content word in the question, or no sentence: no information");
            return new Finding(Verdict.NO_INFORMATION, Reason.WEAK_OVERLAP, List.of(),
                    new FindingLog(List.of(), tagged, decisions));
        }
        Scored top = ranked.get(0);
        Scored best = ranked.stream().filter(Scored::answers).findFirst().orElse(null);
        Scored rival = best == null ? null : rival(best, ranked);
        decisions.add(describe("best sentence", top) + (best == null ? "; no sentence holds an answer of the type"
                : best == top ? "" : "; " + describe("best sentence with an answer", best)));
        if (rival != null) {
            decisions.add(describe("next sentence with another answer", rival));
        }
        Reason reason;
        if (best == null || best.coverage() < limits.answerCoverage()) {
            reason = top.coverage() < limits.answerCoverage() ? Reason.WEAK_OVERLAP : Reason.NO_ANSWER_SPAN;
        } else if (best.score() + limits.answerMargin() < top.score()
                || rival != null && best.score() - rival.score() < limits.answerMargin()) {
            reason = Reason.AMBIGUOUS;
        } else {
            Extraction x = extraction(q, best);
            List<Evidence> evidence = new ArrayList<>();
            evidence.add(cite(best, x.fact().rule(), x.location(), RuleKind.DIRECT, List.of(x.fact())));
            evidence.addAll(related(ranked, best));
            decisions.add("answered (coverage >= " + limits.answerCoverage() + ", lead over another answer >= "
                    + limits.answerMargin() + ", " + settings.location() + "): " + x.phrase());
            return new Finding(Verdict.ANSWERED, Reason.DIRECT_EVIDENCE, evidence,
                    new FindingLog(evidence, tagged, decisions), Optional.of(x));
        }
        decisions.add("not answered: " + reason.json() + " (answers at coverage >= " + limits.answerCoverage()
                + " with a lead of " + limits.answerMargin() + ", " + settings.location() + ")");
        List<Evidence> related = related(ranked, null);
        return new Finding(related.isEmpty() ? Verdict.NO_INFORMATION : Verdict.PARTIAL, reason, related,
                new FindingLog(related, tagged, decisions));
    }

    private static String describe(String what, Scored s) {
        String found = !s.answers() ? "no answer"
                : "answer '" + s.phrase() + "' " + (s.rewrite() != null ? "by rewrite " + s.rewrite().source()
                        : "by its shape");
        return String.format(java.util.Locale.ROOT, "%s: chunk %d s%d, coverage %.2f, score %.2f, %s", what,
                s.chunk().number(), s.sentence().index(), s.coverage(), s.score(), found);
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

    /** The best sentence after {@code best} that gives another answer, or null. */
    private static Scored rival(Scored best, List<Scored> ranked) {
        for (Scored s : ranked) {
            if (s != best && s.answers() && !s.phrase().equals(best.phrase())) {
                return s;
            }
        }
        return null;
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

    private static Evidence cite(Scored s, String rule, String location, RuleKind kind, List<Fact> facts) {
        Chunk c = s.chunk();
        int start = c.text().originalOffset(s.sentence().start());
        int end = c.text().originalEnd(s.sentence().end());
        String quoted = Quote.of(c.text(), s.sentence().start(), s.sentence().end());
        return new Evidence(c.number(), start, end, quoted, rule, location, kind, facts, false);
    }

    private static String text(Scored s, Span span) {
        List<Token> t = s.sentence().tokens();
        return Quote.of(s.chunk().text(), t.get(span.start()).start(), t.get(span.end() - 1).end());
    }

    private static Extraction extraction(Question q, Scored s) {
        List<Token> t = s.sentence().tokens();
        Chunk c = s.chunk();
        int start = c.text().originalOffset(t.get(s.span().start()).start());
        int end = c.text().originalEnd(t.get(s.span().end() - 1).end());
        PolarReader.Reply reply = s.reply();
        Fact fact = new Fact(text(s, s.span()), c.number(), start, end, ANSWER_RULE + q.type().name(),
                reply == null ? "answer" : "polarity", reply != null && reply.negation(), List.of());
        return new Extraction(q.type().name(), reply == null ? null : reply.polarity().json(), fact, location(q, s));
    }
}
