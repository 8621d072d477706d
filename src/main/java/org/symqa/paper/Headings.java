package org.symqa.paper;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.symqa.lexicon.LexiconLibrary;
import org.symqa.lexicon.Term;
import org.symqa.resources.SourceException;

/**
 * Finds section headings in extracted pages: numbered lines such as "2.3. Model training" that continue the
 * numbering seen so far (2.2 then 2.3, 2.3.1 or 3), and the unnumbered headings of
 * {@code lexicons/section-heading.txt} ("Abstract", "Methods").
 *
 * <p>A numbered line must follow on from the heading before it (one missed heading allowed), so that a wrapped line
 * that starts with a number ("16 GB of memory were ...") is not taken for a heading.
 */
public final class Headings {
    private static final Pattern NUMBERED = Pattern.compile(
            "[ \\t]*(\\d{1,2}(?:\\.\\d{1,2}){0,3})\\.?[ \\t]+(\\p{Lu}[^\\n]{1,80}?)[ \\t]*");
    private static final int MAX_TITLE_WORDS = 10;

    /** The lexicon of unnumbered headings. */
    public static final String LEXICON = "section-heading";

    private final Set<String> named;

    /** @param named unnumbered headings, lower case */
    public Headings(Set<String> named) {
        this.named = Set.copyOf(named);
    }

    /** The headings of {@code lexicons/section-heading.txt}. */
    public static Headings from(LexiconLibrary lexicons) throws SourceException {
        Set<String> named = new TreeSet<>();
        for (Term t : lexicons.get(LEXICON).terms()) {
            named.add(t.text().toLowerCase(Locale.ROOT));
        }
        return new Headings(named);
    }

    /** The headings of the pages, in reading order. */
    public List<Heading> find(List<Page> pages) {
        List<Heading> out = new ArrayList<>();
        int[] current = new int[0];
        for (Page page : pages) {
            String text = page.text();
            int lineStart = 0;
            while (lineStart <= text.length()) {
                int nl = text.indexOf('\n', lineStart);
                int lineEnd = nl < 0 ? text.length() : nl;
                String line = text.substring(lineStart, lineEnd);
                Matcher m = NUMBERED.matcher(line);
                if (m.matches() && looksLikeTitle(m.group(2))) {
                    int[] number = parse(m.group(1));
                    if (follows(current, number)) {
                        current = number;
                        out.add(new Heading(page.number(), lineStart, m.group(1), m.group(2).strip()));
                    }
                } else {
                    String bare = line.strip().replaceAll("[:.]$", "");
                    if (named.contains(bare.toLowerCase(Locale.ROOT))) {
                        out.add(new Heading(page.number(), lineStart, "", bare));
                    }
                }
                if (nl < 0) {
                    break;
                }
                lineStart = nl + 1;
            }
        }
        return out;
    }

    /** A heading's words: short, not a sentence (no final full stop), holding a real word. */
    private static boolean looksLikeTitle(String title) {
        String t = title.strip();
        if (t.endsWith(".") || t.endsWith(",") || t.split("\\s+").length > MAX_TITLE_WORDS) {
            return false;
        }
        return Pattern.compile("\\p{L}{3,}").matcher(t).find() && !t.matches(".*\\d{3,}.*");
    }

    private static int[] parse(String number) {
        String[] parts = number.split("\\.");
        int[] out = new int[parts.length];
        for (int i = 0; i < parts.length; i++) {
            out[i] = Integer.parseInt(parts[i]);
        }
        return out;
    }

    /**
     * True when {@code next} continues {@code current}: at some level it is one or two more (one heading missed)
     * than the current number there (0 when the current number has no such level), agrees above it, and starts
     * every level below at 1.
     */
    static boolean follows(int[] current, int[] next) {
        for (int level = 0; level < next.length; level++) {
            if (level > current.length) {
                return false;
            }
            boolean samePrefix = true;
            for (int j = 0; j < level; j++) {
                if (current[j] != next[j]) {
                    samePrefix = false;
                    break;
                }
            }
            if (!samePrefix) {
                return false;
            }
            int here = level < current.length ? current[level] : 0;
            if (next[level] == here + 1 || next[level] == here + 2) {
                for (int j = level + 1; j < next.length; j++) {
                    if (next[j] != 1) {
                        return false;
                    }
                }
                return true;
            }
            if (next[level] != here) {
                return false;
            }
        }
        return false;
    }
}
