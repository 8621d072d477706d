package org.symqa.rules;

import java.util.ArrayList;
import java.util.List;
import org.symqa.resources.SourceException;

/**
 * The shared syntax of rule files: {@code key: value} header lines, then blocks that open with {@code WORD NAME}
 * at the start of a line and hold indented {@code key: value} lines. {@code #} starts a comment line.
 */
public record BlockFile(String file, List<Field> header, List<Block> blocks) {

    /** A {@code key: value} line; {@code column} is the 1-based column where the value starts. */
    public record Field(String key, String value, int line, int column) {
    }

    /** A block: {@code kind name} on {@code line}, its fields, and its source lines. */
    public record Block(String kind, String name, int line, List<Field> fields, String source) {
        /** The fields with this key, in order. */
        public List<Field> all(String key) {
            return fields.stream().filter(f -> f.key().equals(key)).toList();
        }
    }

    public BlockFile {
        header = List.copyOf(header);
        blocks = List.copyOf(blocks);
    }

    /** Parses the text of a rule file; the first syntax error stops parsing. */
    public static BlockFile parse(String file, String text) throws SourceException {
        List<SourceException> errors = new ArrayList<>();
        BlockFile parsed = parse(file, text, errors);
        if (!errors.isEmpty()) {
            throw errors.get(0);
        }
        return parsed;
    }

    /**
     * Parses the text of a rule file, adding each syntax error to {@code errors} and skipping its line (a bad block
     * opening also skips the block's lines), so that one run reports every error.
     */
    public static BlockFile parse(String file, String text, List<SourceException> errors) {
        List<Field> header = new ArrayList<>();
        List<Block> blocks = new ArrayList<>();
        String kind = null;
        String name = null;
        int blockLine = 0;
        List<Field> fields = new ArrayList<>();
        StringBuilder source = new StringBuilder();
        boolean skipping = false;
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String raw = lines[i].replace("\r", "");
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            boolean indented = Character.isWhitespace(raw.charAt(0));
            if (!indented && !line.contains(":")) {
                if (kind != null) {
                    blocks.add(new Block(kind, name, blockLine, fields, source.toString().stripTrailing()));
                }
                kind = null;
                String[] parts = line.split("\\s+");
                skipping = parts.length != 2;
                if (skipping) {
                    errors.add(new SourceException(file, i + 1, 1, "expected 'WORD NAME' to open a block, got '" + line + "'"));
                    continue;
                }
                kind = parts[0];
                name = parts[1];
                blockLine = i + 1;
                fields = new ArrayList<>();
                source = new StringBuilder(raw).append('\n');
                continue;
            }
            if (skipping && indented) {
                continue;
            }
            int colon = raw.indexOf(':');
            if (colon < 0) {
                errors.add(new SourceException(file, i + 1, raw.indexOf(line.charAt(0)) + 1, "expected 'key: value'"));
                continue;
            }
            String key = raw.substring(0, colon).strip();
            if (key.isEmpty()) {
                errors.add(new SourceException(file, i + 1, colon + 1, "expected 'key: value', got no key before ':'"));
                continue;
            }
            int valueStart = colon + 1;
            while (valueStart < raw.length() && Character.isWhitespace(raw.charAt(valueStart))) {
                valueStart++;
            }
            Field f = new Field(key, raw.substring(valueStart).stripTrailing(), i + 1, valueStart + 1);
            if (indented && kind != null) {
                fields.add(f);
                source.append(raw).append('\n');
            } else if (!indented && kind == null) {
                header.add(f);
            } else {
                errors.add(new SourceException(file, i + 1, 1,
                        indented ? "indented line outside a block" : "'" + key + ":' must be indented under its block"));
            }
        }
        if (kind != null) {
            blocks.add(new Block(kind, name, blockLine, fields, source.toString().stripTrailing()));
        }
        return new BlockFile(file, header, blocks);
    }
}
