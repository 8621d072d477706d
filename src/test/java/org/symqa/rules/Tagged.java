package org.symqa.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.symqa.lexicon.Term;
import org.symqa.lexicon.TermHit;
import org.symqa.nlp.Sentence;
import org.symqa.nlp.Token;

/** Hand-tagged sentences for rule tests without a tagger: "word" or "word/lemma" tokens, tag NN. */
final class Tagged {
    private Tagged() {
    }

    /** The tokens of space-separated "word" or "word/lemma" entries (lemma: the lower-cased word). */
    static List<Token> tokens(String tagged) {
        List<Token> tokens = new ArrayList<>();
        int at = 0;
        for (String w : tagged.split(" ")) {
            String[] p = w.split("/");
            tokens.add(new Token(p[0], p.length > 1 ? p[1] : p[0].toLowerCase(Locale.ROOT), "NN", at, at + p[0].length()));
            at += p[0].length() + 1;
        }
        return tokens;
    }

    /** A view of the sentence with the given lexicon hits. */
    static SentenceView view(String tagged, TermHit... hits) {
        List<Token> tokens = tokens(tagged);
        int end = tokens.get(tokens.size() - 1).end();
        return new SentenceView(new Sentence(0, tagged, 0, end, tokens), List.of(hits));
    }

    /** A hit of lexicon {@code lexicon} on tokens [start, end). */
    static TermHit hit(String lexicon, int start, int end) {
        return new TermHit(new Term(lexicon, lexicon, List.of(lexicon), false, 1), start, end);
    }
}
