package org.symqa.nlp;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.TaggedWord;
import edu.stanford.nlp.process.CoreLabelTokenFactory;
import edu.stanford.nlp.process.Morphology;
import edu.stanford.nlp.process.PTBTokenizer;
import edu.stanford.nlp.process.WordToSentenceProcessor;
import edu.stanford.nlp.tagger.maxent.MaxentTagger;
import edu.stanford.nlp.util.logging.RedwoodConfiguration;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The default backend, Stanford CoreNLP: PTB tokenizer, sentence splitter, left3words POS tagger, morphology.
 *
 * <p>Blank lines are hard block boundaries (text repair puts them after headings), so no sentence spans two
 * blocks. Thread-safe: the tagger is shared, morphology is made per call.
 */
public final class CoreNlpAnnotator implements Annotator {
    private static final String TAGGER = "edu/stanford/nlp/models/pos-tagger/english-left3words-distsim.tagger";
    private static final String OPTIONS = "invertible=false,ptb3Escaping=false,normalizeParentheses=false,"
            + "normalizeOtherBrackets=false,untokenizable=noneKeep,splitHyphenated=false";
    private static final Pattern BLOCK = Pattern.compile("\\n[ \\t]*\\n");

    private final MaxentTagger tagger;
    private final WordToSentenceProcessor<CoreLabel> splitter = new WordToSentenceProcessor<>();

    private static MaxentTagger shared;

    public CoreNlpAnnotator() {
        this.tagger = tagger();
    }

    /** The tagger model, loaded once per JVM (it is read-only once loaded). */
    private static synchronized MaxentTagger tagger() {
        if (shared == null) {
            RedwoodConfiguration.current().clear().apply();
            shared = new MaxentTagger(TAGGER);
        }
        return shared;
    }

    @Override
    public List<Sentence> annotate(String text) {
        List<Sentence> out = new ArrayList<>();
        Morphology morphology = new Morphology();
        Matcher m = BLOCK.matcher(text);
        int blockStart = 0;
        while (true) {
            boolean found = m.find();
            int blockEnd = found ? m.start() : text.length();
            annotateBlock(text, blockStart, blockEnd, morphology, out);
            if (!found) {
                break;
            }
            blockStart = m.end();
        }
        return out;
    }

    private void annotateBlock(String text, int from, int to, Morphology morphology, List<Sentence> out) {
        if (text.substring(from, to).isBlank()) {
            return;
        }
        List<CoreLabel> labels = tokens(text.substring(from, to));
        for (List<CoreLabel> sentence : splitter.process(labels)) {
            List<TaggedWord> tagged = tagger.tagSentence(sentence);
            List<Token> tokens = new ArrayList<>(sentence.size());
            for (int i = 0; i < sentence.size(); i++) {
                CoreLabel l = sentence.get(i);
                String tag = tagged.get(i).tag();
                String lemma = morphology.lemma(l.word(), tag);
                tokens.add(new Token(l.word(), lemma, tag, from + l.beginPosition(), from + l.endPosition()));
            }
            int start = tokens.get(0).start();
            int end = tokens.get(tokens.size() - 1).end();
            out.add(new Sentence(out.size(), text.substring(start, end), start, end, tokens));
        }
    }

    @Override
    public List<String> tokenize(String text) {
        List<String> words = new ArrayList<>();
        for (CoreLabel l : tokens(text)) {
            words.add(l.word());
        }
        return words;
    }

    private static List<CoreLabel> tokens(String text) {
        PTBTokenizer<CoreLabel> tok = new PTBTokenizer<>(new StringReader(text), new CoreLabelTokenFactory(), OPTIONS);
        return tok.tokenize();
    }

    @Override
    public String toString() {
        return "corenlp";
    }
}
