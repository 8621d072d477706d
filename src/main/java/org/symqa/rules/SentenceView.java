package org.symqa.rules;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.symqa.lexicon.TermHit;
import org.symqa.nlp.Sentence;
import org.symqa.nlp.Token;
import org.symqa.nlp.WordForms;

/**
 * A sentence as rules see it: its tokens, the lexicon terms found in it, and (built on first use) the CoreNLP
 * token list that TokensRegex patterns run over, each token carrying the lexicons it belongs to. Lemmas are lower
 * case there, so that {@code [{lemma:onnx}]} matches "ONNX".
 */
public final class SentenceView {

    /** The TokensRegex key {@code lex}: the lexicons a token is part of, as {@code ;name;name;}. */
    public static final class LexAnnotation implements CoreAnnotation<String> {
        @Override
        public Class<String> getType() {
            return String.class;
        }
    }

    private final Sentence sentence;
    private final List<TermHit> hits;
    private final Map<String, List<TermHit>> byLexicon = new HashMap<>();
    private final NegationScope negation;
    private volatile List<CoreLabel> labels;
    private volatile boolean[] negated;
    private volatile int[][] starts;
    private volatile int[] all;
    private volatile Derived[] derived = new Derived[0];

    /** How many owners' derived values a view keeps at once. */
    static final int DERIVED_OWNERS = 4;

    /** A value derived from the view, and who derived it. */
    private record Derived(Object owner, Object value) {
    }

    /** A view without negation scopes (nothing in it counts as negated). */
    public SentenceView(Sentence sentence, List<TermHit> hits) {
        this(sentence, hits, null);
    }

    /** A view whose negated tokens {@code negation} finds (none when it is null). */
    public SentenceView(Sentence sentence, List<TermHit> hits, NegationScope negation) {
        this.sentence = sentence;
        this.negation = negation;
        this.hits = List.copyOf(hits);
        for (TermHit h : hits) {
            byLexicon.computeIfAbsent(h.term().lexicon(), k -> new ArrayList<>()).add(h);
        }
    }

    /** The sentence. */
    public Sentence sentence() {
        return sentence;
    }

    /** The tokens. */
    public List<Token> tokens() {
        return sentence.tokens();
    }

    /**
     * For each token, whether it stands inside a negation's scope (worked out once; racing callers compute equal
     * masks). Callers must not change the array.
     */
    public boolean[] negated() {
        boolean[] mask = negated;
        if (mask == null) {
            mask = negation == null ? new boolean[sentence.tokens().size()] : negation.mask(this);
            negated = mask;
        }
        return mask;
    }

    /**
     * The positions, in order, of the tokens that may stand for {@code want} (a rule word, lower case): those whose
     * word or lemma starts with its first letter ({@link WordForms#positions}), so that a rule item reads only them.
     * Callers must not change the array.
     */
    public int[] positions(String want) {
        int[] every = all;
        if (every == null) {
            int n = sentence.tokens().size();
            every = new int[n];
            for (int i = 0; i < n; i++) {
                every[i] = i;
            }
            starts = WordForms.startIndex(sentence.tokens());
            all = every; // written after starts: a reader that sees all sees starts
        }
        return WordForms.positions(starts, want, every);
    }

    /**
     * A value that {@code owner} derives from the view by a pure function, made on first request and kept with the
     * view, so that every question that meets the view shares it. The view keeps the values of up to
     * {@value #DERIVED_OWNERS} owners; a further owner's replaces the oldest (racing callers make equal values, and a
     * value lost in a race is made again).
     */
    @SuppressWarnings("unchecked")
    public <T> T derived(Object owner, Function<SentenceView, T> make) {
        Derived[] known = derived;
        for (Derived d : known) {
            if (d.owner() == owner) {
                return (T) d.value();
            }
        }
        T value = make.apply(this);
        int keep = Math.min(known.length, DERIVED_OWNERS - 1);
        Derived[] more = new Derived[keep + 1];
        System.arraycopy(known, known.length - keep, more, 0, keep);
        more[keep] = new Derived(owner, value);
        derived = more;
        return value;
    }

    /** The words of a token span, joined by spaces. */
    public String words(Span span) {
        StringBuilder b = new StringBuilder();
        for (int i = span.start(); i < span.end(); i++) {
            if (i > span.start()) {
                b.append(' ');
            }
            b.append(tokens().get(i).word());
        }
        return b.toString();
    }

    /** All lexicon hits. */
    public List<TermHit> hits() {
        return hits;
    }

    /** The hits of one lexicon (empty when none). */
    public List<TermHit> hits(String lexicon) {
        return byLexicon.getOrDefault(lexicon, List.of());
    }

    /** The tokens as CoreNLP labels, for TokensRegex (built once; racing builders make equal lists). */
    public List<CoreLabel> labels() {
        List<CoreLabel> labels = this.labels;
        if (labels == null) {
            List<CoreLabel> out = new ArrayList<>();
            String[] lex = new String[sentence.tokens().size()];
            for (TermHit h : hits) {
                for (int i = h.start(); i < h.end(); i++) {
                    String name = h.term().lexicon();
                    if (lex[i] == null) {
                        lex[i] = ";" + name + ";";
                    } else if (!lex[i].contains(";" + name + ";")) {
                        lex[i] = lex[i] + name + ";";
                    }
                }
            }
            for (int i = 0; i < sentence.tokens().size(); i++) {
                Token t = sentence.tokens().get(i);
                CoreLabel l = new CoreLabel();
                l.setWord(t.word());
                l.setValue(t.word());
                l.setOriginalText(t.word());
                l.setLemma(t.lemma().toLowerCase(java.util.Locale.ROOT));
                l.setTag(t.pos());
                l.set(CoreAnnotations.IndexAnnotation.class, i + 1);
                l.set(LexAnnotation.class, lex[i] == null ? ";" : lex[i]);
                out.add(l);
            }
            labels = List.copyOf(out);
            this.labels = labels;
        }
        return labels;
    }
}
