package org.symqa.evidence;

import org.symqa.rules.AnyOf;
import org.symqa.rules.SentenceView;
import org.symqa.rules.Span;

/**
 * Tells a general remark about the field ("Dropout is widely used to reduce overfitting") from a described set-up, by
 * the {@code generic:} and {@code generic-anchor-tags:} lines of {@code rules/background.txt}: a sentence with a
 * generic word and no word whose tag anchors it in a described study (a verb in the past, a number), and no past
 * participle but one a generic word governs ("is widely used", "has become"): "The network is trained with Adam,
 * which is widely used" describes a set-up. A citation's words anchor nothing: those in square brackets ("[7]") and
 * those of a parenthesis that holds a year and a capitalised name ("(Tuia et al., 2022)"). {@link Background} asks
 * it only of a sentence without a self word.
 *
 * @param words      the generic words
 * @param anchorTags the tags of words that anchor a sentence in a described study
 */
public record Generic(AnyOf words, java.util.regex.Pattern anchorTags) {
    /** The tag of a past participle: it anchors a general remark's sentence unless a generic word governs it. */
    private static final String PARTICIPLE = "VBN";
    /** Square brackets, as the tokenizer writes them: the numbers of a numbered citation ("[7]") anchor nothing. */
    private static final java.util.regex.Pattern OPEN = java.util.regex.Pattern.compile("\\[|-LSB-");
    private static final java.util.regex.Pattern CLOSE = java.util.regex.Pattern.compile("\\]|-RSB-");
    /** Round brackets, and a year: an author-year citation's year ("(Tuia et al., 2022)") anchors nothing either. */
    private static final java.util.regex.Pattern PAREN_OPEN = java.util.regex.Pattern.compile("\\(|-LRB-");
    private static final java.util.regex.Pattern PAREN_CLOSE = java.util.regex.Pattern.compile("\\)|-RRB-");
    private static final java.util.regex.Pattern YEAR = java.util.regex.Pattern.compile("(?:19|20)\\d\\d[a-z]?");
    /** The most tokens a citation's parenthesis holds. */
    private static final int CITATION_REACH = 20;

    public Generic {
        java.util.Objects.requireNonNull(words, "words");
        java.util.Objects.requireNonNull(anchorTags, "anchorTags");
    }

    /** True when the (tagged) sentence is a general remark. */
    public boolean test(SentenceView v) {
        java.util.List<Span> spans = words.find(v);
        if (spans.isEmpty()) {
            return false;
        }
        boolean[] governed = new boolean[v.tokens().size() + 1];
        for (Span sp : spans) {
            for (int i = sp.start(); i <= sp.end(); i++) {
                governed[i] = true; // the item's words and the word right after it
            }
        }
        boolean[] cited = citations(v.tokens());
        for (int i = 0; i < v.tokens().size(); i++) {
            String tag = v.tokens().get(i).pos();
            if (!cited[i] && (anchorTags.matcher(tag).matches() || tag.equals(PARTICIPLE) && !governed[i])) {
                return false;
            }
        }
        return true;
    }

    /**
     * The tokens of citations: every token within square brackets (nested ones too; a closing bracket without an
     * opening one closes nothing), and a parenthesis that holds a year and a capitalised name, brackets included.
     */
    private static boolean[] citations(java.util.List<org.symqa.nlp.Token> tokens) {
        boolean[] out = new boolean[tokens.size()];
        int depth = 0;
        for (int i = 0; i < tokens.size(); i++) {
            String word = tokens.get(i).word();
            depth += OPEN.matcher(word).matches() ? 1 : CLOSE.matcher(word).matches() && depth > 0 ? -1 : 0;
            out[i] |= depth > 0;
            if (!PAREN_OPEN.matcher(word).matches()) {
                continue;
            }
            boolean year = false;
            boolean name = false;
            for (int j = i + 1; j < tokens.size() && j <= i + CITATION_REACH; j++) {
                String w = tokens.get(j).word();
                if (PAREN_CLOSE.matcher(w).matches()) {
                    if (year && name) {
                        java.util.Arrays.fill(out, i, j + 1, true);
                    }
                    break;
                }
                year |= YEAR.matcher(w).matches();
                name |= Character.isUpperCase(w.charAt(0));
            }
        }
        return out;
    }
}
