package org.symqa.eval;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.symqa.lexicon.Lexicon;
import org.symqa.lexicon.Term;

/**
 * The scorer's words: ASCII word tokens, lower-cased, and content words (tokens of two or more characters outside
 * the scorer's stop list, {@code lexicons/scorer-stop.txt}).
 */
public final class ScoreWords {
    /** The lexicon that holds the scorer's stop list. */
    public static final String STOP_LEXICON = "scorer-stop";

    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9][A-Za-z0-9.+\\-_/]*[A-Za-z0-9+]|[A-Za-z0-9]");

    private final Set<String> stop;

    public ScoreWords(Set<String> stop) {
        this.stop = Set.copyOf(stop);
    }

    /** The scorer's words with the stop list of a lexicon (its terms, lower-cased). */
    public static ScoreWords of(Lexicon stopList) {
        Set<String> stop = new LinkedHashSet<>();
        for (Term t : stopList.terms()) {
            stop.add(t.text().toLowerCase(Locale.ROOT));
        }
        return new ScoreWords(stop);
    }

    /** The lower-cased tokens of a text, in order (null reads as empty). */
    public List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            out.add(m.group().toLowerCase(Locale.ROOT));
        }
        return out;
    }

    /** The set of content words of a text. */
    public Set<String> content(String text) {
        Set<String> out = new LinkedHashSet<>();
        for (String t : tokens(text)) {
            if (!stop.contains(t) && t.length() > 1) {
                out.add(t);
            }
        }
        return out;
    }
}
