package org.symqa.evidence.general;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.symqa.lexicon.LexiconLibrary;
import org.symqa.nlp.Sentence;
import org.symqa.nlp.SimpleAnnotator;
import org.symqa.nlp.Token;
import org.symqa.resources.MapSource;
import org.symqa.resources.SourceException;
import org.symqa.rules.AnyOf;
import org.symqa.rules.BlockFile;
import org.symqa.rules.ItemParser;
import org.symqa.rules.SentenceView;
import org.symqa.rules.Span;

/**
 * Hand-tagged sentences ({@code word/TAG} or {@code word/TAG/lemma}; the lemma is the lower-cased word when left
 * out), questions built from them, and small general settings of words and patterns only, for tests of the span
 * choice that load no model and no repository rules.
 */
final class GeneralKit {
    private static final ItemParser ITEMS = new ItemParser(new LexiconLibrary(new MapSource("lexicons", Map.of()),
            new SimpleAnnotator()::tokenize));

    /**
     * The shapes of these tests: numbers are digits or "two"/"three"/"dozen" with "over"/"about" before and a unit
     * of time or "%" after, ranges run "from"/"between" A "to"/"and" B, dates are years and "January", places are
     * capitalised words, phrases with "site" or "wetland", and follow "in"/"at"/"near".
     */
    static final GeneralSettings SETTINGS = settings();

    private GeneralKit() {
    }

    /** The items of a rule line, e.g. {@code in | at | /\d+/}. */
    static AnyOf items(String value) {
        try {
            return ITEMS.parse("test.txt", new BlockFile.Field("test", value, 1, 1));
        } catch (SourceException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    /** A hand-tagged sentence: {@code "We/PRP used/VBD/use R/NNP ./."}. */
    static SentenceView tagged(String tagged) {
        List<Token> tokens = new ArrayList<>();
        int at = 0;
        for (String w : tagged.split(" ")) {
            int slash = w.indexOf('/', 1);
            String word = w.substring(0, slash);
            String[] rest = w.substring(slash + 1).split("/");
            String lemma = rest.length > 1 ? rest[1] : word.toLowerCase(Locale.ROOT);
            tokens.add(new Token(word, lemma, rest[0], at, at + word.length()));
            at += word.length() + 1;
        }
        String text = tokens.stream().map(Token::word).collect(Collectors.joining(" "));
        return new SentenceView(new Sentence(0, text, 0, at, tokens), List.of());
    }

    /** The words of a span, joined by spaces; "null" for none. */
    static String words(SentenceView v, Span s) {
        if (s == null) {
            return "null";
        }
        return v.tokens().subList(s.start(), s.end()).stream().map(Token::word).collect(Collectors.joining(" "));
    }

    /** The words of each span. */
    static List<String> words(SentenceView v, List<Span> spans) {
        return spans.stream().map(s -> words(v, s)).toList();
    }

    /** The span of the words {@code from} (inclusive) to {@code to} (exclusive), by token index. */
    static Span span(int from, int to) {
        return new Span(from, to);
    }

    /** A rewrite as written in a question types file, e.g. {@code FOCUS ... be ANSWER}. */
    static Rewrite rewrite(String value) {
        try {
            return RewriteParser.parse("test.rules", new BlockFile.Field("rewrite", value, 1, 10), ITEMS);
        } catch (SourceException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    /** A type of this shape, with what its answer needs (or null) and its rewrites. */
    static QuestionType type(AnswerShape shape, AnyOf needs, Rewrite... rewrites) {
        return new QuestionType(shape.name().toLowerCase(Locale.ROOT), List.of(), List.of(), null, shape, needs,
                List.of(rewrites), List.of(), List.of(), "test.rules", 1);
    }

    /**
     * A hand-tagged question whose content words are {@code content} (space-separated, as written in it); its
     * focus head is the first content noun, its main verb the first content verb.
     */
    static Question question(QuestionType type, String tagged, String content) {
        SentenceView v = tagged(tagged);
        List<String> want = Arrays.asList(content.split(" "));
        List<Integer> idx = new ArrayList<>();
        for (int i = 0; i < v.tokens().size(); i++) {
            if (want.contains(v.tokens().get(i).word())) {
                idx.add(i);
            }
        }
        if (idx.size() != want.size()) {
            throw new IllegalArgumentException("content words not all in the question: " + content);
        }
        int head = idx.stream().filter(i -> v.tokens().get(i).pos().startsWith("NN")).findFirst().orElse(-1);
        int verb = idx.stream().filter(i -> v.tokens().get(i).pos().startsWith("VB")).findFirst().orElse(-1);
        return new Question(v, type, new Span(0, 0), idx, head, verb, false);
    }

    private static GeneralSettings settings() {
        AnyOf one = items("none-such");
        GeneralSettings.Cues cues = new GeneralSettings.Cues(one, one, one, one, one, one, one, one, one);
        GeneralSettings.Shapes shapes = new GeneralSettings.Shapes(items("#NUM | two | three | dozen"),
                items("over | about"), items("minutes | weeks | \"%\""), items("to | and"), items("from | between"),
                items("/1[5-9]\\d\\d|20\\d\\d/ | january"), items("site | wetland"), items("in | at | near"),
                items("\",\" | of"), items("\",\" | and | or"), items("/(19|20)\\d\\d/ | al"));
        return new GeneralSettings(new GeneralSettings.Ranking(0.5, 1, 0.3, 0.3, 0.15, -0.5, -0.3),
                new GeneralSettings.Limits(0.6, 0.7, 0.05, 0.3, 3, 4, 0.5), cues, shapes, List.of(), "general.txt", 1);
    }
}
