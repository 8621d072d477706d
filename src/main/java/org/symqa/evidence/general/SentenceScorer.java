package org.symqa.evidence.general;

import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.symqa.evidence.Background;
import org.symqa.nlp.Chunk;
import org.symqa.nlp.Sentence;
import org.symqa.rules.SentenceView;
import org.symqa.rules.Span;

/**
 * Scores one sentence for a general question: BM25 (relative to the best sentence), weighted coverage of the
 * question's words, an answer span of the question's type (and a rewrite that found it), cue phrases of results
 * and aims, and whether it speaks of other work ({@link Background}, {@code rules/background.txt}).
 */
final class SentenceScorer {
    private final GeneralSettings settings;
    private final RewriteMatcher rewrites;
    private final PolarReader polar;
    private final Background background;

    SentenceScorer(GeneralSettings settings, Background background) {
        this.settings = settings;
        this.background = background;
        SpanShapes shapes = new SpanShapes(settings);
        this.rewrites = new RewriteMatcher(shapes, new SpanChooser(shapes, settings), settings.limits().rewriteGap());
        this.polar = new PolarReader(settings);
    }

    Scored score(Setting setting, Chunk chunk, Sentence sentence, SentenceView v, int order, double bm25) {
        Question q = setting.question();
        GeneralSettings.Ranking w = settings.ranking();
        GeneralSettings.Cues cues = settings.cues();
        Span all = new Span(0, v.tokens().size());
        double coverage = setting.coverage(v, all);
        Span span = null;
        String phrase = null;
        PolarReader.Reply reply = null;
        Rewrite rewrite = null;
        if (q.type().shape() == AnswerShape.POLAR) {
            reply = polar.read(setting, v);
            if (reply.coverage() >= settings.limits().polarCoverage()) {
                span = reply.cue();
                phrase = reply.polarity().json();
            }
        } else {
            RewriteMatcher.Found found = rewrites.find(q, v);
            if (found != null) {
                span = found.span();
                rewrite = found.rewrite();
                phrase = IntStream.range(span.start(), span.end()).mapToObj(i -> v.tokens().get(i).word())
                        .collect(Collectors.joining(" ")).toLowerCase(Locale.ROOT);
            }
        }
        double score = w.bm25() * bm25 + w.coverage() * coverage + (span != null ? w.span() : 0)
                + (rewrite != null ? w.rewrite() : 0) + (cues.result().find(v).isEmpty() ? 0 : w.result())
                + (cues.aim().find(v).isEmpty() || q.asksAim() ? 0 : w.aim())
                + (background.test(v) ? w.background() : 0);
        return new Scored(chunk, sentence, v, order, coverage, score, span, phrase, reply, rewrite);
    }
}
