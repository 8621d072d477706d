package org.symqa.resources;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A small data file of {@code key: value} lines with {@code #} comments, each entry keeping its line number.
 *
 * <p>Used for the prompt layout patterns and the answer templates, so that messages can say {@code file:line}.
 */
public final class KeyValueFile {

    /** One entry: its key, value and the line it stands on. */
    public record Entry(String key, String value, int line) {
    }

    private final String name;
    private final List<Entry> entries;

    private KeyValueFile(String name, List<Entry> entries) {
        this.name = name;
        this.entries = List.copyOf(entries);
    }

    /** Parses the text of a file; a line that is neither blank, comment nor {@code key: value} is an error. */
    public static KeyValueFile parse(String name, String text) throws SourceException {
        List<Entry> entries = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int colon = line.indexOf(':');
            if (colon <= 0) {
                throw new SourceException(name, i + 1, 1, "expected 'key: value'");
            }
            entries.add(new Entry(line.substring(0, colon).strip(), line.substring(colon + 1).strip(), i + 1));
        }
        return new KeyValueFile(name, entries);
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
}
