package org.symqa.paper;

import java.util.List;
import java.util.Objects;

/**
 * Everything asked of one paper: the paper, how it was read, and an answer per question in question order.
 *
 * @param paper    the paper's text
 * @param strategy how the questions were applied
 * @param answers  one answer per question
 */
public record PaperReport(PaperText paper, Strategy strategy, List<PaperAnswer> answers) {
    public PaperReport {
        Objects.requireNonNull(paper, "paper");
        Objects.requireNonNull(strategy, "strategy");
        answers = List.copyOf(answers);
    }

    /** How many questions the paper answers. */
    public long answeredCount() {
        return answers.stream().filter(PaperAnswer::answered).count();
    }
}
