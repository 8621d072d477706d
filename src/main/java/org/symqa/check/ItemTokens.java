package org.symqa.check;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.symqa.nlp.Annotator;
import org.symqa.rules.Item;
import org.symqa.rules.ItemParser;

/**
 * Finds rule items that the tokenizer keeps from matching the text they name. Item words are compared with tokens
 * one by one, so an item never matches when the tokenizer cuts one of its words into several tokens ("producer's"
 * gives "producer" "'s"; a clitic written apart, "'s", is no cut: written against the word before it, it is one
 * token), and it misses the abbreviation the text writes when it ends with a word without the period the tokenizer
 * keeps on it ("et al": the text's "al." is one token, never "al"). The backend's own tokenizer is asked, on the
 * word inside a sentence and on the word followed by a period, so the findings follow the backend. Not reported: a
 * word inside a phrase (the text writes "max epochs" without a period), a single letter (kept with its period as an
 * initial, but an item letter means the letter), and an item whose line also holds the form with the period (the
 * author covers both).
 */
final class ItemTokens {
    /** The words around the word asked about; the tokenizer keeps them whole. */
    private static final String BEFORE = "the";
    private static final String AFTER = "of";

    private final Annotator annotator;
    private final Map<String, List<String>> tokens = new HashMap<>();

    ItemTokens(Annotator annotator) {
        this.annotator = annotator;
    }

    /** Adds a problem for each item that misses its words as the text writes them. */
    void check(List<ItemParser.Written> items, Collection<Problem> problems) {
        Map<String, List<List<String>>> lines = new HashMap<>();
        for (ItemParser.Written w : items) {
            List<String> words = words(w.item());
            if (words != null) {
                lines.computeIfAbsent(w.file() + ":" + w.line(), k -> new ArrayList<>()).add(words);
            }
        }
        for (ItemParser.Written w : items) {
            List<String> words = words(w.item());
            if (words == null) {
                continue;
            }
            List<String> fixed = new ArrayList<>();
            List<String> cuts = new ArrayList<>();
            String abbreviation = null;
            for (int k = 0; k < words.size(); k++) {
                String word = words.get(k);
                List<String> parts = cut(word);
                if (parts != null) {
                    fixed.addAll(parts);
                    cuts.add("cuts \"" + word + "\" into " + quoted(parts));
                } else if (k == words.size() - 1 && keepsPeriod(word)) {
                    fixed.add(word + ".");
                    abbreviation = word + ".";
                } else {
                    fixed.add(word);
                }
            }
            if (!cuts.isEmpty()) {
                problems.add(new Problem(w.file(), w.line(), w.column(), "item " + w.item()
                        + " never matches: the tokenizer " + String.join(" and ", cuts) + "; write "
                        + written(w.item(), fixed)));
            } else if (abbreviation != null && !lines.get(w.file() + ":" + w.line()).contains(fixed)) {
                problems.add(new Problem(w.file(), w.line(), w.column(), "item " + w.item() + " misses \""
                        + abbreviation + "\" written with its period: the tokenizer keeps \"" + abbreviation
                        + "\" as one token; write " + written(w.item(), fixed)));
            }
        }
    }

    /** The words an item compares with tokens one by one, or null for an item of another kind. */
    private static List<String> words(Item item) {
        if (item instanceof Item.Lemma l) {
            return List.of(l.lemma());
        }
        if (item instanceof Item.Phrase p) {
            return p.words();
        }
        return null;
    }

    /**
     * The tokens the word is cut into, in lower case, or null when it stays one token: standing alone inside a
     * sentence, or written against the word before it (a clitic).
     */
    private List<String> cut(String word) {
        List<String> alone = tokens(BEFORE + " " + word + " " + AFTER);
        int n = alone.size();
        if (n <= 3 || !alone.get(0).equals(BEFORE) || !alone.get(n - 1).equals(AFTER)) {
            return null; // one token, or a probe the tokenizer did not leave framed
        }
        List<String> attached = tokens(BEFORE + word + " " + AFTER);
        int m = attached.size();
        if (m >= 2 && attached.get(m - 2).equals(word) && attached.get(m - 1).equals(AFTER)) {
            return null; // a clitic, one token against the word before it
        }
        return alone.subList(1, n - 1);
    }

    /** True when the tokenizer keeps the period after the word on it inside a sentence ("al."), not as an initial. */
    private boolean keepsPeriod(String word) {
        if (word.length() < 2 || word.endsWith(".")) {
            return false;
        }
        List<String> t = tokens(BEFORE + " " + word + ". " + AFTER);
        return t.equals(List.of(BEFORE, word + ".", AFTER));
    }

    /** The tokens of a short text, in lower case (asked once per text). */
    private List<String> tokens(String text) {
        return tokens.computeIfAbsent(text,
                t -> annotator.tokenize(t).stream().map(s -> s.toLowerCase(Locale.ROOT)).toList());
    }

    private static String quoted(List<String> words) {
        return String.join(" ", words.stream().map(w -> "\"" + w + "\"").toList());
    }

    /** The item as it would match: a bare word stays bare when it is still one word. */
    private static String written(Item item, List<String> fixed) {
        String text = String.join(" ", fixed);
        return item instanceof Item.Lemma && fixed.size() == 1 ? text : "\"" + text + "\"";
    }
}
