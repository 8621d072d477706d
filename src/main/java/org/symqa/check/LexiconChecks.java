package org.symqa.check;

import java.io.IOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.symqa.LoadedRules;
import org.symqa.lexicon.Lexicon;
import org.symqa.lexicon.LexiconLibrary;
import org.symqa.lexicon.Term;
import org.symqa.resources.ResourceSource;
import org.symqa.resources.SourceException;

/** Finds lexicons that nothing uses and lexicon lines that repeat an earlier term of the same lexicon. */
final class LexiconChecks {
    private final ResourceSource source;
    private final Collection<Problem> problems;

    LexiconChecks(ResourceSource source, Collection<Problem> problems) {
        this.source = source;
        this.problems = problems;
    }

    /** The names of the lexicon files of a folder, in name order; a folder that cannot be listed is a problem. */
    static List<String> names(ResourceSource lexicons, Collection<Problem> problems) {
        try {
            return lexicons.list("").stream().filter(n -> n.endsWith(".txt"))
                    .map(n -> n.substring(0, n.length() - 4)).toList();
        } catch (IOException e) {
            problems.add(new Problem(lexicons.describe(""), 1, 1, "cannot list: " + e.getMessage()));
            return List.of();
        }
    }

    /** Checks every lexicon of the folder against the uses found in the loaded rules. */
    void check(LoadedRules loaded, List<String> lexiconNames) {
        LexiconLibrary library = loaded.lexicons();
        Set<String> used = new TreeSet<>(LexiconUse.of(loaded).keySet());
        library.loaded().forEach(l -> used.add(l.name()));
        for (String name : lexiconNames) {
            String file = library.describe(name);
            boolean broken = problems.stream().anyMatch(p -> p.file().equals(file));
            if (!used.contains(name) && !broken) {
                problems.add(new Problem(file, 1, 1, "lexicon '" + name + "' is used by no rule, topic or setting"));
            }
            try {
                duplicates(library.get(name));
            } catch (SourceException e) {
                problems.add(Problem.of(e));
            }
        }
    }

    private void duplicates(Lexicon lexicon) {
        List<String> lines = lines(lexicon.name());
        Map<String, Term> seen = new HashMap<>();
        for (Term t : lexicon.terms()) {
            String key = (t.caseSensitive() ? "=" : "") + String.join(" ", t.tokens());
            Term first = seen.putIfAbsent(key, t);
            if (first != null) {
                problems.add(new Problem(lexicon.file(), t.line(), column(lines, t.line()),
                        "duplicate term '" + t.text() + "' (same as line " + first.line() + ")"));
            }
        }
    }

    private List<String> lines(String name) {
        try {
            return source.read(name + ".txt").map(s -> List.of(s.split("\n", -1))).orElse(List.of());
        } catch (IOException e) {
            return List.of();
        }
    }

    private static int column(List<String> lines, int line) {
        if (line > lines.size()) {
            return 1;
        }
        String raw = lines.get(line - 1);
        int i = 0;
        while (i < raw.length() && Character.isWhitespace(raw.charAt(i))) {
            i++;
        }
        return i + 1;
    }
}
