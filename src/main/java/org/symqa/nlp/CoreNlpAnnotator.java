package org.symqa.nlp;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.HasWord;
import edu.stanford.nlp.ling.TaggedWord;
import edu.stanford.nlp.ling.Word;
import edu.stanford.nlp.process.Morphology;
import edu.stanford.nlp.process.ReusablePtbTokenizer;
import edu.stanford.nlp.process.WordToSentenceProcessor;
import edu.stanford.nlp.tagger.maxent.LocalScoresOnceSentence;
import edu.stanford.nlp.tagger.maxent.MaxentTagger;
import edu.stanford.nlp.util.logging.RedwoodConfiguration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.symqa.text.Deadline;

/**
 * The default backend, Stanford CoreNLP: PTB tokenizer, sentence splitter, left3words POS tagger, morphology.
 *
 * <p>Blank lines are hard block boundaries (text repair puts them after headings), so no sentence spans two
 * blocks. Thread-safe: the tagger is shared and loaded on the first sentence to tag, morphology is per thread.
 *
 * <p>Bounds that keep odd text from taking the pipeline down (none of them is reached by the text of papers):
 * the tokenizer's work on a run of non-space characters grows with the square of its length, so a run longer
 * than {@value #LONG_RUN} characters is handed to it in pieces of {@value #RUN_PIECE}, and a block longer than
 * {@value #BLOCK_PIECE} characters in pieces cut at a space (after a sentence end where there is one); a sentence of
 * more than {@code maxSentenceTokens} tokens is split into sentences of that many; a word longer than
 * {@value #MAX_LEMMA_CHARS} characters is its own lemma (the lemmatizer's recursion overflows the stack on words of
 * a few thousand characters). The time budget of the item ({@link Deadline}) is checked between pieces and before
 * each sentence is tagged.
 */
public final class CoreNlpAnnotator implements Annotator {
    private static final String TAGGER = "edu/stanford/nlp/models/pos-tagger/english-left3words-distsim.tagger";
    private static final TagClasses CLASSES = TagClasses.read("/org/symqa/nlp/corenlp-tags.txt");
    private static final List<String> REPRESENTATIVES = CLASSES.representatives();
    private static final String OPTIONS = "invertible=false,ptb3Escaping=false,normalizeParentheses=false,"
            + "normalizeOtherBrackets=false,untokenizable=noneKeep,splitHyphenated=false";
    private static final int MAX_CACHED_WORDS = 200_000;
    private static final ThreadLocal<ReusablePtbTokenizer> TOKENIZER =
            ThreadLocal.withInitial(() -> new ReusablePtbTokenizer(OPTIONS));
    /** Longest run of non-space characters handed to the tokenizer whole. */
    static final int LONG_RUN = 2000;
    /** The pieces a longer run is handed over in. */
    static final int RUN_PIECE = 64;
    /** Longest block handed to the tokenizer whole. */
    static final int BLOCK_PIECE = 8192;
    /** Longest word that is lemmatised; a longer one is its own lemma. */
    public static final int MAX_LEMMA_CHARS = 1000;
    /** Most tokens in a sentence, by default: a longer one is split (no sentence of the study's papers has 250). */
    public static final int DEFAULT_MAX_SENTENCE_TOKENS = 500;

    private final WordToSentenceProcessor<CoreLabel> splitter = new WordToSentenceProcessor<>();
    private final ThreadLocal<Morphology> morphology = ThreadLocal.withInitial(Morphology::new);
    private final Map<String, WordLemmas> lemmasOfWord = new ConcurrentHashMap<>();
    /** The class of each tag the tagger gives ({@link TagClasses#classOf}), looked up once per tag. */
    private static final Map<String, Integer> CLASS_OF = classes();

    /** Class indexes of a word all of whose lemmas are the word itself (most words): shared, not made per word. */
    private static final byte[] ALL_THE_WORD = new byte[REPRESENTATIVES.size()];

    /**
     * A word's distinct possible lemmas (the word first), and for each tag class (representatives' order) the index
     * of its lemma there: a byte per class, as the cache holds up to {@link #MAX_CACHED_WORDS} words in a small heap.
     */
    private record WordLemmas(byte[] classIndex, List<String> possible) {
        String byClass(int c) {
            return possible.get(classIndex[c]);
        }
    }
    private final int maxSentenceTokens;

    private static MaxentTagger shared;
    private static boolean preloading;

    static {
        RedwoodConfiguration.current().clear().apply(); // CoreNLP logs (e.g. morphology warnings) must not print
    }

    /** An annotator with the default sentence length limit. */
    public CoreNlpAnnotator() {
        this(DEFAULT_MAX_SENTENCE_TOKENS);
    }

    /** An annotator that splits sentences of more than {@code maxSentenceTokens} tokens (at least 1). */
    public CoreNlpAnnotator(int maxSentenceTokens) {
        if (maxSentenceTokens < 1) {
            throw new IllegalArgumentException("most tokens per sentence must be at least 1, got " + maxSentenceTokens);
        }
        this.maxSentenceTokens = maxSentenceTokens;
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
    public void awaitModels() {
        modelTags();
    }

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
        Blocks.each(text, (from, to) -> splitBlock(text, from, to, out));
        return out;
    }

    private void splitBlock(String text, int from, int to, List<Sentence> out) {
        if (text.substring(from, to).isBlank()) {
            return;
        }
        String block = text.substring(from, to);
        int[] cuts = pieces(block);
        for (int p = 0; p + 1 < cuts.length; p++) {
            Deadline.check();
            int at = from + cuts[p];
            for (List<CoreLabel> sentence : splitter.process(tokens(block.substring(cuts[p], cuts[p + 1])))) {
                for (int w = 0; w < sentence.size(); w += maxSentenceTokens) {
                    List<CoreLabel> window = sentence.subList(w, Math.min(sentence.size(), w + maxSentenceTokens));
                    List<Token> tokens = new ArrayList<>(window.size());
                    for (CoreLabel l : window) {
                        tokens.add(new Token(l.word(), "", "", at + l.beginPosition(), at + l.endPosition()));
                    }
                    int start = tokens.get(0).start();
                    int end = tokens.get(tokens.size() - 1).end();
                    out.add(new Sentence(out.size(), text.substring(start, end), start, end, tokens));
                }
            }
        }
    }

    /**
     * Where a block is cut before it goes to the tokenizer: {@code [0, ..., length]}. A run of more than
     * {@link #LONG_RUN} non-space characters is cut every {@link #RUN_PIECE} characters; a stretch longer than
     * {@link #BLOCK_PIECE} is cut after a space, after a sentence end when one is near. Most blocks are not cut.
     */
    static int[] pieces(String block) {
        int n = block.length();
        List<Integer> runCuts = new ArrayList<>();
        for (int i = 0; i < n; ) {
            if (isSpace(block.charAt(i))) {
                i++;
                continue;
            }
            int j = i;
            while (j < n && !isSpace(block.charAt(j))) {
                j++;
            }
            if (j - i > LONG_RUN) {
                for (int c = i + RUN_PIECE; c < j; c += RUN_PIECE) {
                    runCuts.add(Character.isLowSurrogate(block.charAt(c)) ? c + 1 : c);
                }
            }
            i = j;
        }
        List<Integer> cuts = new ArrayList<>();
        cuts.add(0);
        int start = 0;
        int space = -1;
        int sentence = -1;
        int next = 0;
        for (int i = 0; i < n; i++) {
            if (next < runCuts.size() && runCuts.get(next) == i) {
                next++;
                if (i > start) {
                    cuts.add(i);
                    start = i;
                }
            }
            if (i - start >= BLOCK_PIECE) {
                int at = sentence > start && sentence > i - 1000 ? sentence : space > start ? space : i;
                if (at == i && Character.isLowSurrogate(block.charAt(i))) {
                    at++;
                }
                cuts.add(at);
                start = at;
            }
            char c = block.charAt(i);
            if (isSpace(c)) {
                space = i + 1;
                if (i > 0 && ".?!".indexOf(block.charAt(i - 1)) >= 0) {
                    sentence = i + 1;
                }
            }
        }
        cuts.add(n);
        return cuts.stream().mapToInt(Integer::intValue).toArray();
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
    }

    @Override
    public Sentence tag(Sentence split) {
        List<HasWord> words = new ArrayList<>(split.tokens().size());
        for (Token t : split.tokens()) {
            words.add(new Word(t.word()));
        }
        Deadline.check();
        List<TaggedWord> tagged = new LocalScoresOnceSentence(tagger()).tagSentence(words, false);
        Morphology morph = morphology.get();
        List<Token> tokens = new ArrayList<>(words.size());
        for (int i = 0; i < words.size(); i++) {
            Token t = split.tokens().get(i);
            String tag = tagged.get(i).tag();
            Integer c = CLASS_OF.get(tag);
            String lemma = c == null ? lemma(morph, t.word(), tag) : lemmas(t.word()).byClass(c);
            tokens.add(new Token(t.word(), lemma, tag, t.start(), t.end()));
        }
        return new Sentence(split.index(), split.text(), split.start(), split.end(), tokens);
    }

    /**
     * The word and its lemma under the first tag of each class of {@link #tagClasses}: Morpha lemmatises alike under
     * every tag of a class, so this is its lemma under every tag, in the same order.
     */
    @Override
    public List<String> possibleLemmas(String word) {
        return lemmas(word).possible();
    }

    /**
     * The word's lemma under each tag class, worked out once (the prefilter asks for every word's possible lemmas
     * before a sentence is tagged, so a tagged word's lemma is then a look-up, not a second Morpha run).
     */
    private WordLemmas lemmas(String word) {
        WordLemmas known = lemmasOfWord.get(word);
        if (known != null) {
            return known;
        }
        Deadline.check();
        Morphology morph = morphology.get();
        List<String> lemmas = new ArrayList<>(2);
        lemmas.add(word);
        byte[] classIndex = new byte[REPRESENTATIVES.size()];
        for (int c = 0; c < classIndex.length; c++) {
            String lemma = lemma(morph, word, REPRESENTATIVES.get(c));
            int at = lemmas.indexOf(lemma);
            if (at < 0) {
                at = lemmas.size();
                lemmas.add(lemma);
            }
            classIndex[c] = (byte) at; // at most one more lemma per class, and the classes are fewer than 127
        }
        WordLemmas out = new WordLemmas(lemmas.size() == 1 ? ALL_THE_WORD : classIndex, List.copyOf(lemmas));
        if (lemmasOfWord.size() >= MAX_CACHED_WORDS) {
            lemmasOfWord.clear();
        }
        lemmasOfWord.put(word, out);
        return out;
    }

    private static Map<String, Integer> classes() {
        Map<String, Integer> out = new java.util.HashMap<>();
        for (String tag : CLASSES.tags()) {
            out.put(tag, CLASSES.classOf(tag));
        }
        return Map.copyOf(out);
    }

    /** The lemma of a word under a tag; a word too long to be one is its own lemma. */
    private static String lemma(Morphology morph, String word, String tag) {
        return word.length() > MAX_LEMMA_CHARS ? word : morph.lemma(word, tag);
    }

    /** The tags the tagger can give (corenlp-tags.txt). */
    public List<String> tags() {
        return CLASSES.tags();
    }

    /** The tags the tagger can give, in the classes Morpha lemmatises alike (corenlp-tags.txt). */
    public static TagClasses tagClasses() {
        return CLASSES;
    }

    /** The tag set of the loaded model (loads it). */
    public static Set<String> modelTags() {
        return tagger().tagSet();
    }

    @Override
    public List<String> tokenize(String text) {
        List<String> words = new ArrayList<>();
        int[] cuts = pieces(text);
        for (int p = 0; p + 1 < cuts.length; p++) {
            Deadline.check();
            for (CoreLabel l : tokens(text.substring(cuts[p], cuts[p + 1]))) {
                words.add(l.word());
            }
        }
        return words;
    }

    /** The PTB tokens of the text, from this thread's lexer (a new one per text cost 48 KB of buffers). */
    private static List<CoreLabel> tokens(String text) {
        return TOKENIZER.get().tokenize(text);
    }

    @Override
    public String toString() {
        return "corenlp";
    }
}
