package org.symqa.paper;

import java.util.List;
import java.util.Objects;
import org.symqa.Result;
import org.symqa.evidence.Verdict;

/**
 * The answer to one question about one paper.
 *
 * @param question  the question
 * @param result    the pipeline's result (verdict, answer, all evidence)
 * @param citations the evidence shown with the answer (direct evidence when answered, related otherwise), located
 */
public record PaperAnswer(Question question, Result result, List<Citation> citations) {
    public PaperAnswer {
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(result, "result");
        citations = List.copyOf(citations);
    }

    /** The verdict. */
    public Verdict verdict() {
        return result.finding().verdict();
    }

    /** True when the paper answers the question (the "Yes" of the study's table). */
    public boolean answered() {
        return verdict() == Verdict.ANSWERED;
    }
}
