package org.symqa.resources;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A small data file of {@code key: value} lines with {@code #} comments, each entry keeping its line number.
 *
 * <p>Used for the prompt layout patterns, the text repairs, the general-question settings and the answer
 * templates, so that messages can say {@code file:line:col}. The readers of these files check them as strictly as
 * rule files: {@link #checkKeys} reports unknown and repeated keys.
 */
public final class KeyValueFile {

    /**
     * One entry: its key, value, the line it stands on and the column where the value starts.
     *
     * @param column 1-based column of the value's first character
     */
    public record Entry(String key, String value, int line, int column) {
        public Entry(String key, String value, int line) {
            this(key, value, line, key.length() + 3);
        }
    }

    private final String name;
    private final List<Entry> entries;

    private KeyValueFile(String name, List<Entry> entries) {
        this.name = name;
        this.entries = List.copyOf(entries);
    }

    /** Parses the text of a file; a line that is neither blank, comment nor {@code key: value} is an error. */
    public static KeyValueFile parse(String name, String text) throws SourceException {
        List<SourceException> errors = new ArrayList<>();
        KeyValueFile file = parse(name, text, errors);
        if (!errors.isEmpty()) {
            throw errors.get(0);
        }
        return file;
    }

    /** Parses what parses, adding an error for each line that is not {@code key: value}. */
    public static KeyValueFile parse(String name, String text, Collection<SourceException> errors) {
        List<Entry> entries = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String raw = lines[i];
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int colon = line.indexOf(':');
            if (colon <= 0) {
                errors.add(new SourceException(name, i + 1, column(raw, 0), "expected 'key: value'"));
                continue;
            }
            int rawColon = raw.indexOf(':');
            int valueStart = rawColon + 1;
            while (valueStart < raw.length() && Character.isWhitespace(raw.charAt(valueStart))) {
                valueStart++;
            }
            entries.add(new Entry(line.substring(0, colon).strip(), line.substring(colon + 1).strip(), i + 1,
                    valueStart + 1));
        }
        return new KeyValueFile(name, entries);
    }

    private static int column(String raw, int from) {
        int i = from;
        while (i < raw.length() && Character.isWhitespace(raw.charAt(i))) {
            i++;
        }
        return i + 1;
    }

    /** The file's name as shown in messages. */
    public String name() {
        return name;
    }

    /** All entries in file order. */
    public List<Entry> entries() {
        return entries;
    }

    /** The first entry with this key. */
    public Optional<Entry> find(String key) {
        return entries.stream().filter(e -> e.key().equals(key)).findFirst();
    }

    /** The entry with this key, or an error naming the file when it is missing. */
    public Entry require(String key) throws SourceException {
        return find(key).orElseThrow(() -> new SourceException(name, 1, 1, "missing entry '" + key + "'"));
    }

    /**
     * Reports every key that is not one of {@code known} ("unknown key 'x'") and every second entry of a known key
     * that may appear once ("duplicate key 'x' (first on line n)"); keys in {@code repeatable} may appear any number
     * of times.
     */
    public void checkKeys(Collection<String> known, Collection<String> repeatable, Collection<SourceException> errors) {
        Map<String, Integer> first = new HashMap<>();
        for (Entry e : entries) {
            if (repeatable.contains(e.key())) {
                continue;
            }
            if (!known.contains(e.key())) {
                errors.add(new SourceException(name, e.line(), 1, "unknown key '" + e.key() + "' (known keys: "
                        + String.join(", ", known) + (repeatable.isEmpty() ? "" : ", " + String.join(", ", repeatable))
                        + ")"));
                continue;
            }
            Integer at = first.putIfAbsent(e.key(), e.line());
            if (at != null) {
                errors.add(new SourceException(name, e.line(), 1, "duplicate key '" + e.key() + "' (first on line " + at + ")"));
            }
        }
    }

    /** Reports a missing entry for each of {@code keys} the file lacks. */
    public void checkPresent(Collection<String> keys, Collection<SourceException> errors) {
        for (String k : keys) {
            if (find(k).isEmpty()) {
                errors.add(new SourceException(name, 1, 1, "missing entry '" + k + "'"));
            }
        }
    }

    /**
     * The whole number of an entry within {@code [min, max]}, or null after reporting "KEY must be a whole number
     * from MIN to MAX" at the value.
     */
    public Integer number(Entry e, int min, int max, Collection<SourceException> errors) {
        try {
            int v = Integer.parseInt(e.value());
            if (v >= min && v <= max) {
                return v;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        errors.add(new SourceException(name, e.line(), e.column(), e.key() + " must be a whole number from " + min
                + " to " + max + ", not '" + e.value() + "'"));
        return null;
    }

    /** The yes/no value of an entry (yes: true), or null with the problem added to {@code errors}. */
    public Boolean yesNo(Entry e, Collection<SourceException> errors) {
        String v = e.value().strip();
        if (v.equals("yes") || v.equals("no")) {
            return v.equals("yes");
        }
        errors.add(new SourceException(name, e.line(), e.column(), e.key() + " must be yes or no, not '" + v + "'"));
        return null;
    }
}
