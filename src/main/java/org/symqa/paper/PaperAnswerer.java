package org.symqa.paper;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.symqa.Result;
import org.symqa.Symqa;
import org.symqa.evidence.Evidence;
import org.symqa.evidence.Verdict;
import org.symqa.rules.RuleKind;

/**
 * Asks every question of a paper with one of the two strategies and locates the evidence by page and section.
 * Thread-safe (it holds no state between papers); it never prints.
 */
public final class PaperAnswerer {
    /** The word limit of the prompts built here, as in the study's query template. */
    public static final int WORD_LIMIT = 400;
    /** The chunk size of the published pipeline's splitter. */
    public static final int CHUNK_SIZE = 1000;
    /** The chunk overlap of the published pipeline's splitter. */
    public static final int CHUNK_OVERLAP = 50;

    private final Symqa symqa;
    private final Strategy strategy;
    private final int k;

    /**
     * @param k the number of chunks retrieved per question ({@link Strategy#RETRIEVE} only), at least 1
     */
    public PaperAnswerer(Symqa symqa, Strategy strategy, int k) {
        this.symqa = Objects.requireNonNull(symqa, "symqa");
        this.strategy = Objects.requireNonNull(strategy, "strategy");
        if (k < 1) {
            throw new IllegalArgumentException("k must be at least 1, got " + k);
        }
        this.k = k;
    }

    /** The answers to every question, in question order. */
    public PaperReport answer(PaperText paper, List<Question> questions) {
        List<PaperAnswer> answers = switch (strategy) {
            case ALL -> new ScanAll(symqa, WORD_LIMIT).answer(paper, questions);
            case RETRIEVE -> new ScanRetrieve(symqa, WORD_LIMIT, new RecursiveSplitter(CHUNK_SIZE, CHUNK_OVERLAP), k)
                    .answer(paper, questions);
        };
        return new PaperReport(paper, strategy, answers);
    }

    /** The evidence shown with a result: direct evidence when answered, related evidence otherwise. */
    static List<Evidence> shown(Result r) {
        List<Evidence> out = new ArrayList<>();
        boolean answered = r.finding().verdict() == Verdict.ANSWERED;
        for (Evidence e : r.finding().evidence()) {
            if (!answered || e.kind() == RuleKind.DIRECT) {
                out.add(e);
            }
        }
        return out;
    }
}
