package org.symqa.paper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * Ranks the chunks of one paper for a question by BM25 (Apache Lucene, in memory, English analyzer: stop words
 * and Porter stemming). Ties keep chunk order. Not thread-safe; one per paper.
 */
public final class Bm25Ranker implements AutoCloseable {
    private static final String TEXT = "text";
    private static final String ORDINAL = "ordinal";

    private final Analyzer analyzer = new EnglishAnalyzer();
    private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
    private final DirectoryReader reader;
    private final IndexSearcher searcher;

    /** Indexes the chunks, in order. */
    public Bm25Ranker(List<TextChunk> chunks) {
        try {
            IndexWriterConfig config = new IndexWriterConfig(analyzer).setSimilarity(new BM25Similarity());
            try (IndexWriter writer = new IndexWriter(directory, config)) {
                for (int i = 0; i < chunks.size(); i++) {
                    Document d = new Document();
                    d.add(new TextField(TEXT, chunks.get(i).text(), Field.Store.NO));
                    d.add(new StoredField(ORDINAL, i));
                    writer.addDocument(d);
                }
            }
            reader = DirectoryReader.open(directory);
            searcher = new IndexSearcher(reader);
            searcher.setSimilarity(new BM25Similarity());
        } catch (IOException e) {
            throw new UncheckedIOException("in-memory index failed", e);
        }
    }

    /** The indexes of the best {@code k} chunks for the question, best first (fewer when fewer match). */
    public List<Integer> top(String question, int k) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        for (String term : terms(question)) {
            query.add(new TermQuery(new Term(TEXT, term)), BooleanClause.Occur.SHOULD);
        }
        List<Integer> out = new ArrayList<>();
        try {
            for (ScoreDoc hit : searcher.search(query.build(), k).scoreDocs) {
                out.add(searcher.storedFields().document(hit.doc).getField(ORDINAL).numericValue().intValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("in-memory search failed", e);
        }
        return out;
    }

    /** The analyzed terms of a text, each once, in order. */
    private Set<String> terms(String text) {
        Set<String> out = new LinkedHashSet<>();
        try (TokenStream ts = analyzer.tokenStream(TEXT, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    @Override
    public void close() {
        try {
            reader.close();
            directory.close();
            analyzer.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
