package org.symqa.evidence;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.symqa.lexicon.Lexicon;
import org.symqa.lexicon.LexiconLibrary;
import org.symqa.lexicon.TermMatcher;
import org.symqa.nlp.Chunk;
import org.symqa.nlp.Document;
import org.symqa.nlp.Sentence;
import org.symqa.nlp.Sentences;
import org.symqa.nlp.SimpleAnnotator;
import org.symqa.resources.MapSource;
import org.symqa.resources.SourceException;
import org.symqa.rules.ItemParser;
import org.symqa.rules.SentenceView;
import org.symqa.text.RepairedText;

/** Lexicons in memory, the model-free {@link SimpleAnnotator}, and documents of chunks, for evidence tests. */
final class EvidenceKit {
    final SimpleAnnotator annotator = new SimpleAnnotator();
    final LexiconLibrary lexicons;
    final ItemParser items;
    private final TermMatcher matcher;

    /** A kit over these lexicons (name -> file text). */
    EvidenceKit(Map<String, String> lexiconFiles) throws SourceException {
        Map<String, String> files = new java.util.TreeMap<>();
        lexiconFiles.forEach((name, text) -> files.put(name + ".txt", text));
        lexicons = new LexiconLibrary(new MapSource("lexicons", files), annotator::tokenize);
        List<Lexicon> all = new ArrayList<>();
        for (String name : lexiconFiles.keySet()) {
            all.add(lexicons.get(name));
        }
        items = new ItemParser(lexicons);
        matcher = new TermMatcher(all);
    }

    /** A sentence as rules see it, with its lexicon hits. */
    SentenceView view(Sentence s) {
        return new SentenceView(s, matcher.find(s.tokens()));
    }

    /** A question as one tagged sentence with its hits. */
    SentenceView question(String text) {
        List<org.symqa.nlp.Token> tokens = new ArrayList<>();
        for (Sentence s : annotator.annotate(text)) {
            tokens.addAll(s.tokens());
        }
        return view(new Sentence(0, text, 0, text.length(), tokens));
    }

    /** The chunks, numbered from 1, split and tagged on demand. */
    Document document(String... chunks) {
        List<Chunk> out = new ArrayList<>();
        for (String text : chunks) {
            out.add(new Chunk(out.size() + 1, RepairedText.of(text), new Sentences(annotator.split(text), annotator::tag)));
        }
        return new Document(out);
    }
}
