package org.symqa.paper;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.symqa.Result;
import org.symqa.Symqa;
import org.symqa.evidence.Evidence;
import org.symqa.nlp.Chunk;
import org.symqa.nlp.Document;
import org.symqa.prompt.AnswerFormat;
import org.symqa.prompt.Prompt;

/**
 * The retrieve strategy, imitating the published pipeline: the pages cut into chunks by
 * {@link RecursiveSplitter}, the top k chunks per question by BM25, in rank order, answered as one prompt.
 * A chunk retrieved for several questions is annotated once.
 */
final class ScanRetrieve {
    private final Symqa symqa;
    private final int wordLimit;
    private final RecursiveSplitter splitter;
    private final int k;

    ScanRetrieve(Symqa symqa, int wordLimit, RecursiveSplitter splitter, int k) {
        this.symqa = symqa;
        this.wordLimit = wordLimit;
        this.splitter = splitter;
        this.k = k;
    }

    List<PaperAnswer> answer(PaperText paper, List<Question> questions) {
        List<TextChunk> chunks = splitter.split(paper.pages());
        Map<Integer, Chunk> annotated = new HashMap<>();
        List<PaperAnswer> out = new ArrayList<>();
        try (Bm25Ranker ranker = new Bm25Ranker(chunks)) {
            for (Question q : questions) {
                List<Integer> top = ranker.top(q.text(), k);
                List<String> texts = top.stream().map(i -> chunks.get(i).text()).toList();
                Prompt prompt = new Prompt(q.text(), texts, wordLimit, AnswerFormat.PLAIN);
                List<Chunk> cs = new ArrayList<>();
                for (int i = 0; i < top.size(); i++) {
                    Chunk c = annotated.computeIfAbsent(top.get(i), j -> symqa.annotate(1, chunks.get(j).text()));
                    cs.add(new Chunk(i + 1, c.text(), c.annotation()));
                }
                Result r = symqa.answer(prompt, new Document(cs));
                List<Citation> citations = new ArrayList<>();
                for (Evidence e : PaperAnswerer.shown(r)) {
                    TextChunk tc = chunks.get(top.get(e.chunk() - 1));
                    citations.add(new Citation(e, paper.locate(tc.page(), tc.start() + e.start())));
                }
                out.add(new PaperAnswer(q, r, citations));
            }
        }
        return out;
    }
}
