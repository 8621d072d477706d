package org.symqa.nlp;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into sentences of tokens as CoreNLP does (its {@code WordToSentenceProcessor} over PTB tokens): blank
 * lines are hard block boundaries (text repair puts them after headings), and a sentence ends after a token
 * ".", "!" or "?" together with the closing brackets and quotes right after it. Whether a period is a token of its
 * own ("data." vs "Fig. 3") is the tokenizer's decision ({@link RuleTokenizer}).
 */
final class RuleSplitter {
    private static final String ENDS = "!?";
    private static final String FOLLOWERS = ")]}\"'’”";

    private final RuleTokenizer tokenizer;

    RuleSplitter(RuleTokenizer tokenizer) {
        this.tokenizer = tokenizer;
    }

    /** The sentences of the text: tokens with word and offsets, lemma and POS empty. */
    List<Sentence> split(String text) {
        List<Sentence> out = new ArrayList<>();
        Blocks.each(text, (from, to) -> block(text, from, to, out));
        return out;
    }

    /** The words of a short text (one block). */
    List<String> words(String text) {
        List<String> words = new ArrayList<>();
        for (RuleTokenizer.Span s : tokenizer.tokens(text, 0, text.length())) {
            words.add(s.word());
        }
        return words;
    }

    private void block(String text, int from, int to, List<Sentence> out) {
        List<RuleTokenizer.Span> spans = tokenizer.tokens(text, from, to);
        List<Token> current = new ArrayList<>();
        for (int k = 0; k < spans.size(); k++) {
            current.add(token(spans.get(k)));
            if (boundary(spans.get(k).word())) {
                while (k + 1 < spans.size() && only(spans.get(k + 1).word(), FOLLOWERS)) {
                    current.add(token(spans.get(++k)));
                }
                flush(text, current, out);
            }
        }
        flush(text, current, out);
    }

    /** ".", or a run of "!" and "?". */
    private static boolean boundary(String w) {
        return w.equals(".") || only(w, ENDS);
    }

    private static boolean only(String w, String chars) {
        for (int i = 0; i < w.length(); i++) {
            if (chars.indexOf(w.charAt(i)) < 0) {
                return false;
            }
        }
        return !w.isEmpty();
    }

    private static Token token(RuleTokenizer.Span s) {
        return new Token(s.word(), "", "", s.start(), s.end());
    }

    private static void flush(String text, List<Token> current, List<Sentence> out) {
        if (current.isEmpty()) {
            return;
        }
        int start = current.get(0).start();
        int end = current.get(current.size() - 1).end();
        out.add(new Sentence(out.size(), text.substring(start, end), start, end, current));
        current.clear();
    }
}
