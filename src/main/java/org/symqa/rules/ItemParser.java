package org.symqa.rules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.symqa.lexicon.LexiconLibrary;
import org.symqa.lexicon.WordFamilies;
import org.symqa.resources.SourceException;

/**
 * Parses the items of a {@code has:}/{@code not:}/{@code unless:}/{@code key:} line: {@code word}, {@code "a phrase"},
 * {@code @lexicon}, {@code /regex/}, {@code #NUM}, {@code ~word} (the word's family), separated by {@code |}.
 */
public final class ItemParser {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'._+-]*");
    private final LexiconLibrary lexicons;
    private final WordFamilies families;
    private final Consumer<Written> written;

    /**
     * An item as written in a file: where it starts and what it is.
     *
     * @param file   the file as named in messages
     * @param line   1-based line
     * @param column 1-based column of the item's first character
     * @param item   the item
     */
    public record Written(String file, int line, int column, Item item) {
        public Written {
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(item, "item");
            if (line < 1 || column < 1) {
                throw new IllegalArgumentException("an item is written at line and column 1 or later, not " + file
                        + ":" + line + ":" + column);
            }
        }
    }

    /** A parser without word families ({@code ~word} items are then an error). */
    public ItemParser(LexiconLibrary lexicons) {
        this(lexicons, WordFamilies.none(), w -> { });
    }

    /** A parser without word families that hands every item it parses, with its place, to {@code written}. */
    public ItemParser(LexiconLibrary lexicons, Consumer<Written> written) {
        this(lexicons, WordFamilies.none(), written);
    }

    /**
     * A parser whose {@code ~word} items stand for the families of {@code families}, and that hands every item it
     * parses, with its place, to {@code written} ({@code rules check} reads them).
     */
    public ItemParser(LexiconLibrary lexicons, WordFamilies families, Consumer<Written> written) {
        this.lexicons = lexicons;
        this.families = Objects.requireNonNull(families, "families");
        this.written = Objects.requireNonNull(written, "written");
    }

    /** Parses a field's value into a condition; errors carry {@code file:line:col}. */
    public AnyOf parse(String file, BlockFile.Field field) throws SourceException {
        return parse(file, field, (List<SourceException>) null);
    }

    /**
     * Compiles a field's TokensRegex pattern of a settings file (not a rule's: {@link RuleCompiler} reads those); each
     * {@code @lexicon} it names must exist. Errors carry {@code file:line:col}.
     */
    public FramePattern pattern(String file, BlockFile.Field f) throws SourceException {
        for (String name : FramePattern.lexiconRefs(f.value())) {
            parse(file, new BlockFile.Field(f.key(), "@" + name, f.line(), f.column() + f.value().indexOf("@" + name)));
        }
        try {
            return FramePattern.compile(f.value());
        } catch (IllegalArgumentException e) {
            throw new SourceException(file, f.line(), f.column(), "pattern does not parse: " + e.getMessage());
        }
    }

    /**
     * Parses a field's value, adding its errors to {@code errors} instead of throwing: every unknown lexicon of the
     * line, or the syntax error that stops it. Returns null when the line has an error.
     */
    public AnyOf parseCollecting(String file, BlockFile.Field field, List<SourceException> errors) {
        int before = errors.size();
        try {
            AnyOf parsed = parse(file, field, errors);
            return errors.size() == before ? parsed : null;
        } catch (SourceException e) {
            errors.add(e);
            return null;
        }
    }

    private AnyOf parse(String file, BlockFile.Field field, List<SourceException> unknown) throws SourceException {
        String v = field.value();
        List<Item> items = new ArrayList<>();
        int i = 0;
        while (true) {
            while (i < v.length() && v.charAt(i) == ' ') {
                i++;
            }
            if (i >= v.length()) {
                throw new SourceException(file, field.line(), field.column() + i, "expected an item");
            }
            int start = i;
            char c = v.charAt(i);
            int end;
            if (c == '"' || c == '/') {
                end = v.indexOf(c, i + 1);
                while (c == '/' && end > 0 && v.charAt(end - 1) == '\\') {
                    end = v.indexOf(c, end + 1);
                }
                if (end < 0) {
                    throw new SourceException(file, field.line(), field.column() + start,
                            "unclosed " + (c == '"' ? "phrase" : "pattern") + ": missing closing " + c);
                }
                end++;
            } else {
                end = v.indexOf('|', i);
                end = end < 0 ? v.length() : end;
                while (end > i && v.charAt(end - 1) == ' ') {
                    end--;
                }
            }
            Item item = item(file, field, v.substring(start, end), field.column() + start, unknown);
            if (item != null) {
                items.add(item);
                written.accept(new Written(file, field.line(), field.column() + start, item));
            }
            i = end;
            while (i < v.length() && v.charAt(i) == ' ') {
                i++;
            }
            if (i >= v.length()) {
                break;
            }
            if (v.charAt(i) != '|') {
                throw new SourceException(file, field.line(), field.column() + i, "expected '|' between items");
            }
            i++;
        }
        return items.isEmpty() ? null : new AnyOf(items);
    }

    /** The item; an unknown lexicon is added to {@code unknown} (null when unknown is not null) or thrown. */
    private Item item(String file, BlockFile.Field field, String text, int col, List<SourceException> unknown)
            throws SourceException {
        if (text.startsWith("\"")) {
            String inner = text.substring(1, text.length() - 1).strip().toLowerCase(Locale.ROOT);
            if (inner.isEmpty()) {
                throw new SourceException(file, field.line(), col, "empty phrase");
            }
            return new Item.Phrase(Arrays.asList(inner.split("\\s+")), inner);
        }
        if (text.startsWith("/")) {
            try {
                return new Item.WordPattern(Pattern.compile(text.substring(1, text.length() - 1)));
            } catch (PatternSyntaxException e) {
                throw new SourceException(file, field.line(), col + 1 + Math.max(e.getIndex(), 0),
                        "bad word pattern: " + e.getDescription());
            }
        }
        if (text.startsWith("@")) {
            String name = text.substring(1);
            if (!lexicons.exists(name)) {
                SourceException e = new SourceException(file, field.line(), col,
                        "unknown lexicon '" + name + "' (no lexicons/" + name + ".txt)");
                if (unknown == null) {
                    throw e;
                }
                unknown.add(e);
                return null;
            }
            return new Item.LexiconTerm(name);
        }
        if (text.equals("#NUM")) {
            return new Item.Number();
        }
        if (text.startsWith("~")) {
            return family(file, field, text.substring(1), col);
        }
        if (!WORD.matcher(text).matches()) {
            throw new SourceException(file, field.line(), col, "bad item '" + text
                    + "': expected word, \"phrase\", @lexicon, /regex/, #NUM or ~word");
        }
        return new Item.Lemma(text.toLowerCase(Locale.ROOT));
    }

    /** The family item of {@code ~word}: the word must belong to a family of {@code lexicons/word-families.txt}. */
    private Item family(String file, BlockFile.Field field, String word, int col) throws SourceException {
        if (!WORD.matcher(word).matches()) {
            throw new SourceException(file, field.line(), col, "bad item '~" + word + "': expected ~ and a word");
        }
        if (!families.contains(word)) {
            throw new SourceException(file, field.line(), col, "'~" + word + "': no family in lexicons/"
                    + WordFamilies.LEXICON + ".txt holds '" + word + "' (add it to a family line, or write the word)");
        }
        return new FamilyWords(word.toLowerCase(Locale.ROOT), families.members(families.family(word)));
    }
}
