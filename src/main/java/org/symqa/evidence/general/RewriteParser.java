package org.symqa.evidence.general;

import java.util.ArrayList;
import java.util.List;
import org.symqa.resources.SourceException;
import org.symqa.rules.BlockFile;
import org.symqa.rules.ItemParser;

/**
 * Reads a {@code rewrite:} line: words separated by spaces, where {@code FOCUS}, {@code VERB}, {@code ANSWER} and
 * {@code ...} are steps of their own and other words (lemmas, "phrases", @lexicons, /regexes/) joined by {@code |}
 * make one step that holds one of them.
 */
final class RewriteParser {
    private RewriteParser() {
    }

    static Rewrite parse(String file, BlockFile.Field f, ItemParser items) throws SourceException {
        String v = f.value();
        List<int[]> words = words(file, f);
        List<Slot> slots = new ArrayList<>();
        int i = 0;
        while (i < words.size()) {
            String w = v.substring(words.get(i)[0], words.get(i)[1]);
            Slot keyword = switch (w) {
                case "FOCUS" -> new Slot.Focus();
                case "VERB" -> new Slot.Verb();
                case "ANSWER" -> new Slot.Answer();
                case "..." -> new Slot.Gap();
                default -> null;
            };
            if (keyword != null) {
                slots.add(keyword);
                i++;
                continue;
            }
            int start = words.get(i)[0];
            int j = i;
            while (j + 2 < words.size() && v.substring(words.get(j + 1)[0], words.get(j + 1)[1]).equals("|")) {
                j += 2;
            }
            int end = words.get(j)[1];
            slots.add(new Slot.Words(items.parse(file, new BlockFile.Field(f.key(), v.substring(start, end), f.line(),
                    f.column() + start))));
            i = j + 1;
        }
        try {
            return new Rewrite(slots, v, f.line());
        } catch (IllegalArgumentException e) {
            throw new SourceException(file, f.line(), f.column(), e.getMessage());
        }
    }

    /** The words of the value as {start, end}: "quoted phrases" and /regexes/ are one word each. */
    private static List<int[]> words(String file, BlockFile.Field f) throws SourceException {
        String v = f.value();
        List<int[]> out = new ArrayList<>();
        int i = 0;
        while (i < v.length()) {
            char c = v.charAt(i);
            if (c == ' ') {
                i++;
                continue;
            }
            int end;
            if (c == '"' || c == '/') {
                end = v.indexOf(c, i + 1);
                if (end < 0) {
                    throw new SourceException(file, f.line(), f.column() + i, "unclosed " + c);
                }
                end++;
            } else {
                end = v.indexOf(' ', i);
                end = end < 0 ? v.length() : end;
            }
            out.add(new int[] {i, end});
            i = end;
        }
        return out;
    }
}
