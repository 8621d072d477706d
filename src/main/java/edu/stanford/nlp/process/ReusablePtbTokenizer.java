package edu.stanford.nlp.process;

import edu.stanford.nlp.ling.CoreLabel;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.ArrayList;
import java.util.List;

/**
 * A PTB tokenizer that keeps one CoreNLP {@code PTBLexer} for many texts, giving the same tokens as a new
 * {@code PTBTokenizer} with the same options on each text. Not thread-safe: keep one per thread.
 *
 * <p>Why it sits in CoreNLP's package: a new {@code PTBLexer} allocates 48 KB of buffers (a 16,384-char buffer and a
 * 16,385-entry lookahead array) and parses its option string, and symqa tokenizes about 100,000 short texts per
 * batch, which made these buffers a sixth of all the bytes a batch allocates. {@code PTBLexer} and its
 * {@code yyreset} are package-private, so only a class in {@code edu.stanford.nlp.process} can reuse a lexer. symqa
 * runs on the class path (no modules), where a package may span two jars; the CoreNLP jar is not sealed.
 *
 * <p>What a reset covers: {@code yyreset} puts back the scanner's position, buffer size and end-of-file flag, and sets
 * the lexical state to {@code YYINITIAL}; the constructor's lexical state (per-line or not) is then set again. Of the
 * lexer's own state, {@code prevWord} (the last token, which decides whether a number after a hyphen keeps it:
 * "early" then "-80") and {@code seenUntokenizableCharacter} (whether the one warning was logged) are private, so
 * they are set back through a {@link VarHandle}. Invertible lexers keep more (each token's text before and after) and
 * are refused.
 */
public final class ReusablePtbTokenizer {
    private static final VarHandle PREV_WORD;
    private static final VarHandle PREV_WORD_AFTER;
    private static final VarHandle SEEN_UNTOKENIZABLE;

    static {
        try {
            MethodHandles.Lookup lookup = MethodHandles.privateLookupIn(PTBLexer.class, MethodHandles.lookup());
            PREV_WORD = lookup.findVarHandle(PTBLexer.class, "prevWord", CoreLabel.class);
            PREV_WORD_AFTER = lookup.findVarHandle(PTBLexer.class, "prevWordAfter", StringBuilder.class);
            SEEN_UNTOKENIZABLE = lookup.findVarHandle(PTBLexer.class, "seenUntokenizableCharacter", boolean.class);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("this CoreNLP's PTBLexer lacks a field the reusable tokenizer resets", e);
        }
    }

    private final PTBLexer lexer;
    private final int initialState;

    /** A tokenizer with PTBTokenizer's options (see its Javadoc); {@code invertible=false} is required. */
    public ReusablePtbTokenizer(String options) {
        lexer = new PTBLexer(new StringReader(""), new CoreLabelTokenFactory(), options);
        if (PREV_WORD_AFTER.get(lexer) != null) {
            throw new IllegalArgumentException("a reusable tokenizer cannot be invertible: " + options);
        }
        initialState = lexer.yystate();
    }

    /** The tokens of the text, as {@code new PTBTokenizer<>(new StringReader(text), factory, options).tokenize()}. */
    public List<CoreLabel> tokenize(String text) {
        lexer.yyreset(new StringReader(text));
        lexer.yybegin(initialState);
        PREV_WORD.set(lexer, (CoreLabel) null);
        SEEN_UNTOKENIZABLE.set(lexer, false);
        List<CoreLabel> out = new ArrayList<>();
        try {
            for (Object t; (t = lexer.next()) != null; ) {
                out.add((CoreLabel) t);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringReader does not throw
        }
        return out;
    }
}
