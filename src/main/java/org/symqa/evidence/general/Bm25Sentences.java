package org.symqa.evidence.general;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
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
 * Scores the sentences of a context for a question by BM25 (Apache Lucene, in memory): each sentence is a document
 * of its lemmas, the query is the question's content lemmas.
 */
final class Bm25Sentences {
    private static final String TEXT = "lemmas";
    private static final String ORDINAL = "ordinal";

    private Bm25Sentences() {
    }

    /** The BM25 score of each sentence (given as its lemmas), in sentence order; 0 for a sentence without a hit. */
    static double[] scores(List<List<String>> sentences, Collection<String> query) {
        double[] out = new double[sentences.size()];
        if (sentences.isEmpty() || query.isEmpty()) {
            return out;
        }
        try (Analyzer analyzer = new WhitespaceAnalyzer(); ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
            IndexWriterConfig config = new IndexWriterConfig(analyzer).setSimilarity(new BM25Similarity());
            try (IndexWriter writer = new IndexWriter(dir, config)) {
                for (int i = 0; i < sentences.size(); i++) {
                    Document d = new Document();
                    d.add(new TextField(TEXT, String.join(" ", sentences.get(i)), Field.Store.NO));
                    d.add(new StoredField(ORDINAL, i));
                    writer.addDocument(d);
                }
            }
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                searcher.setSimilarity(new BM25Similarity());
                BooleanQuery.Builder q = new BooleanQuery.Builder();
                for (String term : query) {
                    q.add(new TermQuery(new Term(TEXT, term)), BooleanClause.Occur.SHOULD);
                }
                for (ScoreDoc hit : searcher.search(q.build(), sentences.size()).scoreDocs) {
                    int i = searcher.storedFields().document(hit.doc).getField(ORDINAL).numericValue().intValue();
                    out[i] = hit.score;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("in-memory index failed", e);
        }
        return out;
    }
}
