package org.symqa.paper;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.symqa.Result;
import org.symqa.Symqa;
import org.symqa.evidence.Evidence;
import org.symqa.nlp.Document;
import org.symqa.prompt.AnswerFormat;
import org.symqa.prompt.Prompt;
import org.symqa.text.Deadline;

/**
 * The scan-all strategy: the paper is one prompt context with a chunk per page (chunk n is page n), repaired and
 * annotated once (pages in parallel); each question runs topic recognition and its topic's rules over every
 * sentence (questions in parallel, answers kept in question order).
 */
final class ScanAll {
    private final Symqa symqa;
    private final int wordLimit;

    ScanAll(Symqa symqa, int wordLimit) {
        this.symqa = symqa;
        this.wordLimit = wordLimit;
    }

    List<PaperAnswer> answer(PaperText paper, List<Question> questions) {
        List<String> pages = paper.pages().stream().map(Page::text).toList();
        Deadline budget = Deadline.current(); // the paper's time budget goes with the work to the pool's threads
        Document document = new Document(IntStream.range(0, pages.size()).parallel()
                .mapToObj(i -> within(budget, () -> symqa.annotate(i + 1, pages.get(i)))).toList());
        return questions.parallelStream().map(q -> within(budget, () -> answer(paper, pages, document, q))).toList();
    }

    private static <T> T within(Deadline budget, Supplier<T> work) {
        return budget == null ? work.get() : budget.get(work);
    }

    private PaperAnswer answer(PaperText paper, List<String> pages, Document document, Question q) {
        Result r = symqa.answer(new Prompt(q.text(), pages, wordLimit, AnswerFormat.PLAIN), document);
        List<Citation> citations = new ArrayList<>();
        for (Evidence e : PaperAnswerer.shown(r)) {
            citations.add(new Citation(e, paper.locate(e.chunk(), e.start())));
        }
        return new PaperAnswer(q, r, citations);
    }
}
