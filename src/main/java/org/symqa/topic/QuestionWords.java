package org.symqa.topic;

import java.util.ArrayList;
import java.util.List;
import org.symqa.lexicon.WordFamilies;
import org.symqa.nlp.Token;
import org.symqa.nlp.WordForms;
import org.symqa.rules.AnyOf;
import org.symqa.rules.Item;
import org.symqa.rules.SentenceView;
import org.symqa.rules.Span;

/**
 * A question as topic lines see it: a bare word of a line stands for its inflections (as in evidence rules) and for
 * every word of its family, so that {@code classify} also holds for "classification"; a quoted phrase or word
 * ({@code "randomness"}) matches as written, with inflections only; lexicon, pattern and number items match as in
 * evidence rules.
 */
final class QuestionWords {
    private final SentenceView question;
    private final WordFamilies families;
    private final List<String[]> familyIds = new ArrayList<>();

    QuestionWords(SentenceView question, WordFamilies families) {
        this.question = question;
        this.families = families;
        for (Token t : question.tokens()) {
            familyIds.add(new String[] {families.family(t.word()), families.family(t.lemma())});
        }
    }

    /** The question. */
    SentenceView question() {
        return question;
    }

    /** Every place where an item of the line stands, item by item. */
    List<Span> find(AnyOf line) {
        List<Span> out = new ArrayList<>();
        for (Item item : line.items()) {
            out.addAll(find(item));
        }
        return out;
    }

    private List<Span> find(Item item) {
        if (!(item instanceof Item.Lemma lemma)) {
            return item.find(question);
        }
        String want = lemma.lemma();
        String family = families.contains(want) ? families.family(want) : null;
        List<Span> out = new ArrayList<>();
        for (int i = 0; i < question.tokens().size(); i++) {
            Token t = question.tokens().get(i);
            String[] have = familyIds.get(i);
            if (WordForms.matches(t, want) || family != null && (family.equals(have[0]) || family.equals(have[1]))) {
                out.add(new Span(i, i + 1));
            }
        }
        return out;
    }
}
