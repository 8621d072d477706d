package org.symqa.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.symqa.resources.KeyValueFile;
import org.symqa.resources.SourceException;

/**
 * The PDF repairs of {@code rules/text-repair.txt}, applied in file order, each to the output of the one before.
 */
public final class RepairChain implements TextRepair {
    private final List<TextRepair> repairs;

    public RepairChain(List<TextRepair> repairs) {
        this.repairs = List.copyOf(repairs);
    }

    /**
     * Builds the chain from the repair file; the first problem is thrown.
     *
     * @param keepHyphen words before a line-end hyphen that keep it when lines are joined (lower case)
     */
    public static RepairChain from(KeyValueFile file, Set<String> keepHyphen) throws SourceException {
        List<SourceException> errors = new ArrayList<>();
        RepairChain chain = from(file, keepHyphen, errors);
        if (!errors.isEmpty()) {
            throw errors.get(0);
        }
        return chain;
    }

    /**
     * Builds the chain, adding every problem to {@code errors} (a line that is not {@code ACTION NAME: REGEX}, an
     * unknown action, a repeated name, a bad pattern); null when there is one.
     */
    public static RepairChain from(KeyValueFile file, Set<String> keepHyphen, Collection<SourceException> errors) {
        int before = errors.size();
        List<TextRepair> repairs = new ArrayList<>();
        Map<String, Integer> names = new HashMap<>();
        for (KeyValueFile.Entry e : file.entries()) {
            String[] head = e.key().split("\\s+");
            if (head.length != 2) {
                errors.add(new SourceException(file.name(), e.line(), 1, "expected 'ACTION NAME: REGEX'"));
                continue;
            }
            String kind = head[1];
            Integer first = names.putIfAbsent(kind, e.line());
            if (first != null) {
                errors.add(new SourceException(file.name(), e.line(), head[0].length() + 2,
                        "duplicate repair name '" + kind + "' (first on line " + first + ")"));
            }
            Pattern p;
            try {
                p = Pattern.compile(e.value());
            } catch (PatternSyntaxException ex) {
                errors.add(new SourceException(file.name(), e.line(), e.column() + Math.max(0, ex.getIndex()),
                        "bad pattern: " + ex.getDescription()));
                continue;
            }
            TextRepair r = switch (head[0]) {
                case "delete" -> new PatternRepair(kind, p, (t, m) -> "");
                case "space" -> new PatternRepair(kind, p, (t, m) -> " ");
                case "break" -> new PatternRepair(kind, p, (t, m) -> "\n\n");
                case "join" -> new PatternRepair(kind, p, (t, m) -> keeps(t, m, keepHyphen) ? "-" : "");
                case "unfold" -> new PatternRepair(kind, p, (t, m) -> Normalizer.normalize(m.group(), Normalizer.Form.NFKC));
                default -> null;
            };
            if (r == null) {
                errors.add(new SourceException(file.name(), e.line(), 1,
                        "unknown action '" + head[0] + "' (expected delete, space, break, join or unfold)"));
            } else {
                repairs.add(r);
            }
        }
        return errors.size() == before ? new RepairChain(repairs) : null;
    }

    /** True when the word before the edited hyphen is one that keeps its hyphen. */
    private static boolean keeps(String text, MatchResult m, Set<String> keepHyphen) {
        int end = m.start();
        int start = end;
        while (start > 0 && (Character.isLetter(text.charAt(start - 1)) || text.charAt(start - 1) == '-')) {
            start--;
        }
        String word = text.substring(start, end).toLowerCase(Locale.ROOT);
        return keepHyphen.contains(word) || word.contains("-") && keepHyphen.contains(word.substring(word.lastIndexOf('-') + 1));
    }

    @Override
    public RepairedText apply(RepairedText in) {
        RepairedText out = in;
        for (TextRepair r : repairs) {
            out = r.apply(out);
        }
        return out;
    }

    @Override
    public String toString() {
        return repairs.toString();
    }
}
