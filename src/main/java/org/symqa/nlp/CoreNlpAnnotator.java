package org.symqa.nlp;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.HasWord;
import edu.stanford.nlp.ling.TaggedWord;
import edu.stanford.nlp.ling.Word;
import edu.stanford.nlp.process.CoreLabelTokenFactory;
import edu.stanford.nlp.process.Morphology;
import edu.stanford.nlp.process.PTBTokenizer;
import edu.stanford.nlp.process.WordToSentenceProcessor;
import edu.stanford.nlp.tagger.maxent.MaxentTagger;
import edu.stanford.nlp.util.logging.RedwoodConfiguration;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The default backend, Stanford CoreNLP: PTB tokenizer, sentence splitter, left3words POS tagger, morphology.
 *
 * <p>Blank lines are hard block boundaries (text repair puts them after headings), so no sentence spans two
 * blocks. Thread-safe: the tagger is shared and loaded on the first sentence to tag, morphology is per thread.
 */
public final class CoreNlpAnnotator implements Annotator {
    private static final String TAGGER = "edu/stanford/nlp/models/pos-tagger/english-left3words-distsim.tagger";
    private static final String TAGS = "/org/symqa/nlp/corenlp-tags.txt";
    private static final String OPTIONS = "invertible=false,ptb3Escaping=false,normalizeParentheses=false,"
            + "normalizeOtherBrackets=false,untokenizable=noneKeep,splitHyphenated=false";
    private static final Pattern BLOCK = Pattern.compile("\\n[ \\t]*\\n");
    private static final int MAX_CACHED_WORDS = 200_000;

    private final WordToSentenceProcessor<CoreLabel> splitter = new WordToSentenceProcessor<>();
    private final ThreadLocal<Morphology> morphology = ThreadLocal.withInitial(Morphology::new);
    private final Map<String, List<String>> lemmasOfWord = new ConcurrentHashMap<>();
    private volatile List<String> tags;

    private static MaxentTagger shared;
    private static boolean preloading;

    static {
        RedwoodConfiguration.current().clear().apply(); // CoreNLP logs (e.g. morphology warnings) must not print
    }

    /** The tagger model, loaded once per JVM on first use (it is read-only once loaded). */
    static synchronized MaxentTagger tagger() {
        if (shared == null) {
            shared = new MaxentTagger(TAGGER);
        }
        return shared;
    }

    /** Loads the tagger model on a daemon thread while the caller goes on (loading rules, reading the prompt). */
    @Override
    public void preload() {
        synchronized (CoreNlpAnnotator.class) {
            if (shared != null || preloading) {
                return;
            }
            preloading = true;
        }
        Thread t = new Thread(CoreNlpAnnotator::tagger, "symqa-tagger-load");
        t.setDaemon(true);
        t.start();
    }

    @Override
    public List<Sentence> split(String text) {
        List<Sentence> out = new ArrayList<>();
        Matcher m = BLOCK.matcher(text);
        int blockStart = 0;
        while (true) {
            boolean found = m.find();
            int blockEnd = found ? m.start() : text.length();
            splitBlock(text, blockStart, blockEnd, out);
            if (!found) {
                break;
            }
            blockStart = m.end();
        }
        return out;
    }

    private void splitBlock(String text, int from, int to, List<Sentence> out) {
        if (text.substring(from, to).isBlank()) {
            return;
        }
        List<CoreLabel> labels = tokens(text.substring(from, to));
        for (List<CoreLabel> sentence : splitter.process(labels)) {
            List<Token> tokens = new ArrayList<>(sentence.size());
            for (CoreLabel l : sentence) {
                tokens.add(new Token(l.word(), "", "", from + l.beginPosition(), from + l.endPosition()));
            }
            int start = tokens.get(0).start();
            int end = tokens.get(tokens.size() - 1).end();
            out.add(new Sentence(out.size(), text.substring(start, end), start, end, tokens));
        }
    }

    @Override
    public Sentence tag(Sentence split) {
        List<HasWord> words = new ArrayList<>(split.tokens().size());
        for (Token t : split.tokens()) {
            words.add(new Word(t.word()));
        }
        List<TaggedWord> tagged = tagger().tagSentence(words);
        Morphology morph = morphology.get();
        List<Token> tokens = new ArrayList<>(words.size());
        for (int i = 0; i < words.size(); i++) {
            Token t = split.tokens().get(i);
            String tag = tagged.get(i).tag();
            tokens.add(new Token(t.word(), morph.lemma(t.word(), tag), tag, t.start(), t.end()));
        }
        return new Sentence(split.index(), split.text(), split.start(), split.end(), tokens);
    }

    @Override
    public List<String> possibleLemmas(String word) {
        List<String> known = lemmasOfWord.get(word);
        if (known != null) {
            return known;
        }
        Morphology morph = morphology.get();
        Set<String> lemmas = new LinkedHashSet<>();
        lemmas.add(word);
        for (String tag : tags()) {
            lemmas.add(morph.lemma(word, tag));
        }
        List<String> out = List.copyOf(lemmas);
        if (lemmasOfWord.size() >= MAX_CACHED_WORDS) {
            lemmasOfWord.clear();
        }
        lemmasOfWord.put(word, out);
        return out;
    }

    /** The tags the tagger can give (corenlp-tags.txt). */
    public List<String> tags() {
        List<String> t = tags;
        if (t == null) {
            try (InputStream in = CoreNlpAnnotator.class.getResourceAsStream(TAGS)) {
                List<String> read = new ArrayList<>();
                for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                    if (!line.isBlank() && !line.startsWith("#")) {
                        read.add(line.strip());
                    }
                }
                t = List.copyOf(read);
                tags = t;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return t;
    }

    /** The tag set of the loaded model (loads it). */
    public static Set<String> modelTags() {
        return tagger().tagSet();
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
