package org.symqa.lexicon;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.symqa.resources.SourceException;

/**
 * A named term list from {@code lexicons/NAME.txt}: one term a line, {@code #} comments, a leading {@code =}
 * for a case-sensitive term.
 */
public record Lexicon(String name, String file, List<Term> terms) {
    public Lexicon {
        terms = List.copyOf(terms);
    }

    /** Parses a lexicon file, tokenising each term with the backend's tokenizer. */
    public static Lexicon parse(String name, String file, String text, Function<String, List<String>> tokenizer)
            throws SourceException {
        List<Term> terms = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            boolean exact = line.startsWith("=");
            String term = exact ? line.substring(1).strip() : line;
            List<String> tokens = new ArrayList<>();
            for (String t : tokenizer.apply(term)) {
                tokens.add(exact ? t : t.toLowerCase(java.util.Locale.ROOT));
            }
            if (tokens.isEmpty()) {
                throw new SourceException(file, i + 1, 1, "term has no words: '" + line + "'");
            }
            terms.add(new Term(name, term, tokens, exact, i + 1));
        }
        if (terms.isEmpty()) {
            throw new SourceException(file, 1, 1, "lexicon '" + name + "' has no terms");
        }
        return new Lexicon(name, file, terms);
    }
}
