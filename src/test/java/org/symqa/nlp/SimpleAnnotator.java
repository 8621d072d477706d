package org.symqa.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An annotator without models, for tests of one stage that should not load CoreNLP: words are runs of letters and
 * digits (or one other character), a sentence ends after '.', '?' or '!' followed by white space, the lemma is the
 * lower-cased word without a plural 's' (words over three letters, not "-ss"), the tag {@code CD} for numbers and
 * {@code NN} otherwise.
 */
public final class SimpleAnnotator implements Annotator {
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'.-]*[\\p{L}\\p{N}]|[\\p{L}\\p{N}]|\\S");
    private static final Pattern END = Pattern.compile("[.?!](?=\\s|$)");

    @Override
    public List<Sentence> split(String text) {
        List<Sentence> out = new ArrayList<>();
        Matcher end = END.matcher(text);
        int from = 0;
        while (from < text.length()) {
            int to = end.find(from) ? end.end() : text.length();
            addSentence(text, from, to, out);
            from = to;
        }
        return out;
    }

    private static void addSentence(String text, int from, int to, List<Sentence> out) {
        List<Token> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text).region(from, to);
        while (m.find()) {
            tokens.add(new Token(m.group(), "", "", m.start(), m.end()));
        }
        if (!tokens.isEmpty()) {
            int start = tokens.get(0).start();
            int end = tokens.get(tokens.size() - 1).end();
            out.add(new Sentence(out.size(), text.substring(start, end), start, end, tokens));
        }
    }

    @Override
    public Sentence tag(Sentence split) {
        List<Token> tagged = new ArrayList<>();
        for (Token t : split.tokens()) {
            tagged.add(new Token(t.word(), lemma(t.word()), t.word().matches("[\\d.,]+") ? "CD" : "NN", t.start(), t.end()));
        }
        return new Sentence(split.index(), split.text(), split.start(), split.end(), tagged);
    }

    /** The lemma this annotator gives a word. */
    public static String lemma(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") ? w.substring(0, w.length() - 1) : w;
    }

    @Override
    public List<String> possibleLemmas(String word) {
        return List.of(word, lemma(word));
    }

    @Override
    public List<String> tokenize(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }
}
