package org.symqa.evidence.general;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.symqa.nlp.Token;
import org.symqa.rules.SentenceView;
import org.symqa.rules.Span;

/**
 * A general question as analysed: its answer type, the words that ask for it, its content words (focus), the head
 * of its focus and its main verb.
 *
 * @param view    the question as one annotated sentence
 * @param type    its answer type
 * @param asked   the tokens that asked for the type
 * @param content indexes of its content tokens: not stop words, not light words, not the type's words
 * @param head    index of the focus head (the first noun among the content tokens), or -1
 * @param verb    index of the main verb among the content tokens, or -1
 * @param asksAim true when the question asks for a study's aim itself (it holds an aim cue)
 */
public record Question(SentenceView view, QuestionType type, Span asked, List<Integer> content, int head, int verb,
                       boolean asksAim) {
    public Question {
        content = List.copyOf(content);
    }

    /** The key of a token: its lower-cased lemma. */
    static String key(Token t) {
        return t.lemma().toLowerCase(Locale.ROOT);
    }

    /** The keys of the content tokens, each once, in question order. */
    public Set<String> keys() {
        Set<String> out = new LinkedHashSet<>();
        content.forEach(i -> out.add(key(view.tokens().get(i))));
        return out;
    }

    /** The keys of the focus: the content tokens other than the main verb. */
    public Set<String> focusKeys() {
        Set<String> out = new LinkedHashSet<>();
        for (int i : content) {
            if (i != verb) {
                out.add(key(view.tokens().get(i)));
            }
        }
        return out;
    }

    /** The content tokens, for messages. */
    public List<String> contentWords() {
        List<String> out = new ArrayList<>();
        content.forEach(i -> out.add(view.tokens().get(i).word()));
        return out;
    }

    /** The main verb's lemma, or null. */
    public String verbLemma() {
        return verb < 0 ? null : key(view.tokens().get(verb));
    }

    /** The focus head's lemma, or null. */
    public String headLemma() {
        return head < 0 ? null : key(view.tokens().get(head));
    }
}
