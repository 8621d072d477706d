package org.symqa.answer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import org.symqa.evidence.Background;
import org.symqa.nlp.Chunk;
import org.symqa.nlp.Document;
import org.symqa.nlp.Sentence;
import org.symqa.resources.KeyValueFile;
import org.symqa.resources.SourceException;
import org.symqa.rules.AnyOf;
import org.symqa.rules.SentenceView;
import org.symqa.rules.Span;
import org.symqa.text.Quote;

/**
 * Picks the sentences a reply that does not answer quotes to show what the chunks do say about this study: a
 * sentence that speaks of this study ({@link Background#speaksOfThisStudy}) and names terms of {@code about.txt}'s
 * {@code kind:} lines (a model, a dataset, a metric, a device), not about other work, of a readable length, opening
 * with a capital and ending with a full stop (not a sentence cut off at the chunk's start or end). The one
 * naming the most different terms wins, a sentence with a {@code study-cue:} ("we propose", "the aim") before one
 * without; ties go to the earlier sentence. With no term, a sentence with a cue is still quoted: what the study
 * sets out to do is what the reader is missing. With {@code cueOnly}, only a sentence with a cue is. At most one
 * sentence per chunk.
 *
 * @param maxQuotes the most sentences quoted (0: none)
 * @param minWords  the fewest tokens of a quoted sentence
 * @param maxWords  the most tokens of a quoted sentence (longer ones are usually run-on PDF text)
 * @param cue       what shows a sentence says what the study sets out to do (null: nothing does)
 * @param cueOnly   only a sentence with a cue is quoted (one that merely names terms is not)
 */
public record StudySentences(int maxQuotes, int minWords, int maxWords, AnyOf cue, boolean cueOnly) {
    private static final java.util.regex.Pattern FULL_STOP = java.util.regex.Pattern.compile("[.!?]");

    public StudySentences {
        if (cueOnly && cue == null) {
            throw new IllegalArgumentException("cueOnly needs a cue: without one no sentence is quoted");
        }
        if (maxQuotes < 0 || minWords < 1 || maxWords < minWords) {
            throw new IllegalArgumentException("study-quotes must be at least 0 and 1 <= study-min-words <= "
                    + "study-max-words, got " + maxQuotes + ", " + minWords + ", " + maxWords);
        }
    }

    /** Without cues: only sentences that name terms are quoted. */
    public StudySentences(int maxQuotes, int minWords, int maxWords) {
        this(maxQuotes, minWords, maxWords, null, false);
    }

    /** Sentences with a cue rank first; one that names terms is quoted without. */
    public StudySentences(int maxQuotes, int minWords, int maxWords, AnyOf cue) {
        this(maxQuotes, minWords, maxWords, cue, false);
    }

    /** A quoted sentence and its chunk. */
    public record Quoted(String text, int chunk) {
    }

    /**
     * Reads {@code study-quotes}, {@code study-min-words}, {@code study-max-words} and {@code study-cue-only} of the
     * settings file.
     */
    static StudySentences from(KeyValueFile f, AnyOf cue) throws SourceException {
        boolean cueOnly = About.yes(f, "study-cue-only");
        if (cueOnly && cue == null) {
            KeyValueFile.Entry e = f.require("study-cue-only");
            throw new SourceException(f.name(), e.line(), e.column(), "study-cue-only: yes needs a study-cue: line "
                    + "(without one no sentence would be quoted)");
        }
        return new StudySentences(About.number(f, "study-quotes"), About.number(f, "study-min-words"),
                About.numberUpTo(f, "study-max-words", 200), cue, cueOnly);
    }

    /** The quoted sentences, in chunk order. */
    public List<Quoted> pick(Document document, Function<Sentence, SentenceView> views, Background background,
                             AnyOf terms) {
        List<int[]> best = new ArrayList<>(); // chunk index, sentence index, score
        for (int c = 0; c < document.chunks().size(); c++) {
            Chunk chunk = document.chunks().get(c);
            int[] top = null;
            List<Sentence> sentences = chunk.sentences();
            for (int i = 0; i < sentences.size(); i++) {
                SentenceView v = views.apply(sentences.get(i));
                int at = i;
                int score = score(v, () -> background.test(at, sentences.size(), j -> views.apply(sentences.get(j))),
                        background, terms);
                if (score > 0 && (top == null || score > top[2])) {
                    top = new int[] {c, i, score};
                }
            }
            if (top != null) {
                best.add(top);
            }
        }
        best.sort((a, b) -> a[2] != b[2] ? Integer.compare(b[2], a[2]) : Integer.compare(a[0], b[0]));
        List<int[]> kept = new ArrayList<>(best.subList(0, Math.min(maxQuotes, best.size())));
        kept.sort((a, b) -> Integer.compare(a[0], b[0]));
        List<Quoted> out = new ArrayList<>();
        for (int[] k : kept) {
            Chunk chunk = document.chunks().get(k[0]);
            Sentence s = chunk.sentences().get(k[1]);
            out.add(new Quoted(Quote.of(chunk.text(), s.start(), s.end()), chunk.number()));
        }
        return out;
    }

    /** Twice the number of different terms the sentence names, plus one with a cue; 0 when it may not be quoted. */
    private int score(SentenceView v, java.util.function.BooleanSupplier otherWork, Background background,
                      AnyOf terms) {
        int n = v.tokens().size();
        if (n < minWords || n > maxWords || !Character.isUpperCase(v.tokens().get(0).word().codePointAt(0))
                || !FULL_STOP.matcher(v.tokens().get(n - 1).word()).matches()
                || !background.speaksOfThisStudy(v) || otherWork.getAsBoolean()) {
            return 0;
        }
        boolean cued = cue != null && !cue.find(v).isEmpty();
        if (cueOnly && !cued) {
            return 0; // the terms need not be looked for
        }
        Set<String> named = new HashSet<>();
        for (Span sp : terms.find(v)) {
            StringBuilder b = new StringBuilder();
            for (int i = sp.start(); i < sp.end(); i++) {
                b.append(v.tokens().get(i).word().toLowerCase(Locale.ROOT)).append(' ');
            }
            named.add(b.toString());
        }
        return 2 * named.size() + (cued ? 1 : 0);
    }
}
