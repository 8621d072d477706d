package org.symqa.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;
import org.symqa.resources.ResourceSource;
import org.symqa.resources.SourceException;

/**
 * The Apache OpenNLP backend: tokens and sentences by rules that follow the Penn Treebank convention as CoreNLP
 * applies it ({@link RuleTokenizer}, {@link RuleSplitter}), POS tags from OpenNLP's model trained on UD English
 * EWT ({@code opennlp-models-pos-en}) mapped to Penn tags ({@link TagMap}), and rule-based lemmas
 * ({@link Lemmas}). Every part is Apache-2.0 or this project's own; no CoreNLP class is loaded by it.
 *
 * <p>Thread-safe: the model is shared and loaded on the first sentence to tag (or by {@link #preload}); each
 * thread tags with its own {@link POSTaggerME}, which keeps state while tagging.
 */
public final class OpenNlpAnnotator implements Annotator {
    private static final String MODEL = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";
    private static final int MAX_CACHED_WORDS = 200_000;

    private final OpenNlpData data;
    private final RuleSplitter splitter;
    private final List<String> allTags;
    private final Map<String, List<String>> lemmasOfWord = new ConcurrentHashMap<>();
    private final ThreadLocal<POSTaggerME> taggers = ThreadLocal.withInitial(() -> new POSTaggerME(model(), POSTagFormat.UD));

    private static POSModel shared;
    private static boolean preloading;

    private OpenNlpAnnotator(OpenNlpData data) {
        this.data = data;
        this.splitter = new RuleSplitter(new RuleTokenizer(data.words()));
        this.allTags = List.copyOf(data.tags().tags());
    }

    /** The backend built from the data files of these rule and lexicon folders (see {@link OpenNlpData}). */
    public static OpenNlpAnnotator load(ResourceSource rules, ResourceSource lexicons) throws SourceException {
        return new OpenNlpAnnotator(OpenNlpData.load(rules, lexicons));
    }

    @Override
    public Map<String, String> dataFiles() {
        return data.files();
    }

    /** The POS model, loaded once per JVM on first use (it is read-only once loaded). */
    static synchronized POSModel model() {
        if (shared == null) {
            try (InputStream in = OpenNlpAnnotator.class.getResourceAsStream(MODEL)) {
                if (in == null) {
                    throw new IllegalStateException("the OpenNLP POS model " + MODEL + " is not on the class path");
                }
                shared = new POSModel(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return shared;
    }

    /**
     * Loads the model and tags one sentence with it on a daemon thread while the caller goes on (loading rules,
     * reading the prompt), so that the tagger's classes are loaded and its first, slow call is made there.
     */
    @Override
    public void preload() {
        synchronized (OpenNlpAnnotator.class) {
            if (shared != null || preloading) {
                return;
            }
            preloading = true;
        }
        Thread t = new Thread(() -> new POSTaggerME(model(), POSTagFormat.UD).tag(new String[] {"Models", "were", "trained", "."}),
                "symqa-opennlp-load");
        t.setDaemon(true);
        t.start();
    }

    @Override
    public List<Sentence> split(String text) {
        return splitter.split(text);
    }

    /**
     * Tags with the model, maps the tags to Penn tags and lemmatises. The model tags a capitalised -ing or -ed word
     * at the start of a sentence as PROPN ("Training was ...", "Trained on ..."): such a sentence is tagged again with
     * that word in lower case, and its new tag is kept unless it is PROPN again. Other capitalised words opening a
     * sentence keep PROPN: there (reference lists, headings) CoreNLP mostly says NNP too.
     */
    @Override
    public Sentence tag(Sentence split) {
        List<Token> in = split.tokens();
        String[] words = new String[in.size()];
        for (int i = 0; i < words.length; i++) {
            words[i] = in.get(i).word();
        }
        POSTaggerME tagger = taggers.get();
        String[] ud = tagger.tag(words);
        if (ud.length > 0 && ud[0].startsWith("PROPN") && titleCase(words[0]) && participle(words[0])) {
            String[] again = words.clone();
            again[0] = words[0].toLowerCase(Locale.ROOT);
            String first = tagger.tag(again)[0];
            if (!first.startsWith("PROPN")) {
                ud[0] = first;
            }
        }
        List<Token> out = new ArrayList<>(words.length);
        for (int i = 0; i < words.length; i++) {
            Token t = in.get(i);
            String tag = data.tags().penn(ud[i], words[i]);
            out.add(new Token(t.word(), data.lemmas().lemma(t.word(), tag), tag, t.start(), t.end()));
        }
        return new Sentence(split.index(), split.text(), split.start(), split.end(), out);
    }

    private static boolean participle(String w) {
        return w.endsWith("ing") || w.endsWith("ed");
    }

    /** "Training", not "TRAINING", "GPU" or "iPhone". */
    static boolean titleCase(String w) {
        if (w.length() < 2 || !Character.isUpperCase(w.charAt(0))) {
            return false;
        }
        for (int i = 1; i < w.length(); i++) {
            if (!Character.isLowerCase(w.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Every lemma {@link #tag} could give the word: its lemma under each tag of {@link #tags}. */
    @Override
    public List<String> possibleLemmas(String word) {
        List<String> known = lemmasOfWord.get(word);
        if (known != null) {
            return known;
        }
        List<String> out = data.lemmas().possible(word, allTags);
        if (lemmasOfWord.size() >= MAX_CACHED_WORDS) {
            lemmasOfWord.clear();
        }
        lemmasOfWord.put(word, out);
        return out;
    }

    /** Every Penn tag {@link #tag} can give. */
    public Set<String> tags() {
        return Set.copyOf(allTags);
    }

    /** The UD tags the model can give. */
    public static Set<String> modelTags() {
        return Set.of(new POSTaggerME(model(), POSTagFormat.UD).getAllPosTags());
    }

    /** True when the tag map has lines for this UD tag (a combined tag by its first part). */
    public boolean maps(String udTag) {
        return data.tags().maps(udTag);
    }

    @Override
    public List<String> tokenize(String text) {
        return splitter.words(text);
    }

    @Override
    public String toString() {
        return "opennlp";
    }
}
