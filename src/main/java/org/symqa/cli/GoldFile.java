package org.symqa.cli;

import org.symqa.batch.InputLine;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.symqa.eval.GoldFormatException;
import org.symqa.eval.GoldItem;
import org.symqa.prompt.JsonInput;
import org.symqa.prompt.Prompt;
import org.symqa.prompt.PromptException;
import org.symqa.prompt.PromptReader;

/**
 * Reads a gold JSONL file (plain, .gz, or standard input) and checks every line before anything is answered: a
 * malformed line, a missing id or label, an id seen before or a prompt without a question is a one-line error
 * naming the file and line.
 */
final class GoldFile {
    /** One gold line: its number, the item, and its prompt as read. */
    record Entry(long line, GoldItem gold, Prompt prompt) {
    }

    private GoldFile() {
    }

    /** What a caller makes of one checked gold line: its number, the item, and the line's JSON object. */
    @FunctionalInterface
    interface LineReader<T> {
        T read(long line, GoldItem gold, JsonNode node) throws PromptException;
    }

    /** The gold lines of {@code input} ({@code -}: standard input) that {@code keep} accepts, with their prompts. */
    static List<Entry> read(String input, StreamLimits limits, PromptReader reader, Predicate<GoldItem> keep)
            throws CliException {
        return read(input, limits, keep, (line, gold, node) -> new Entry(line, gold, reader.readJson(node)));
    }

    /**
     * What {@code read} makes of each gold line of {@code input} that {@code keep} accepts, in file order, after the
     * checks of every line (within {@code limits}); at least one line must hold a gold item.
     */
    static <T> List<T> read(String input, StreamLimits limits, Predicate<GoldItem> keep, LineReader<T> read)
            throws CliException {
        List<T> entries = new ArrayList<>();
        try (Lines<T> lines = new Lines<>(input, limits, keep, read)) {
            T t;
            while ((t = lines.next()) != null) {
                entries.add(t);
            }
        }
        return entries;
    }

    /**
     * The checked gold lines of a file one at a time, so that a caller that reads the file twice (checks first,
     * then answers) never holds more than the lines in flight.
     */
    static final class Lines<T> implements AutoCloseable {
        private final String name;
        private final StreamLimits limits;
        private final Predicate<GoldItem> keep;
        private final LineReader<T> read;
        private final LineSource source;
        private final Map<String, Long> seen = new HashMap<>();
        private int items;

        Lines(String input, StreamLimits limits, Predicate<GoldItem> keep, LineReader<T> read) throws CliException {
            this.name = name(input);
            this.limits = limits;
            this.keep = keep;
            this.read = read;
            this.source = LineSource.open(input, System.in, limits.maxLine, limits.maxInput);
        }

        /** What {@code read} makes of the next accepted line; null at the end (an error if there was no item). */
        T next() throws CliException {
            try {
                InputLine line;
                while ((line = source.next()) != null) {
                    String where = name + ":" + line.number();
                    if (line.tooLong()) {
                        throw new CliException(where + ": " + Sizes.bytes(line.length()) + " long, over the limit of "
                                + Sizes.bytes(limits.maxLine) + " (--max-line)");
                    }
                    String text = InputText.decode(line.bytes(), where);
                    if (GoldItem.isBlankLine(text)) {
                        continue;
                    }
                    try {
                        JsonNode node = JsonInput.parseObject(text);
                        GoldItem gold = GoldItem.of(node);
                        Long first = seen.putIfAbsent(gold.id(), line.number());
                        if (first != null) {
                            throw new CliException(where + ": duplicate id '" + gold.id() + "' (first on line " + first
                                    + ")");
                        }
                        items++;
                        if (keep.test(gold)) {
                            return read.read(line.number(), gold, node);
                        }
                    } catch (PromptException | GoldFormatException e) {
                        throw new CliException(where + ": " + e.getMessage());
                    }
                }
            } catch (IOException e) {
                throw new CliException(name + ": cannot read: " + e.getMessage());
            }
            if (items == 0) {
                throw new CliException(name + ": no gold items");
            }
            return null;
        }

        @Override
        public void close() throws CliException {
            try {
                source.close();
            } catch (IOException e) {
                throw new CliException(name + ": cannot read: " + e.getMessage());
            }
        }
    }

    /** The file as named in messages. */
    static String name(String input) {
        return input.equals("-") ? "<stdin>" : input;
    }
}
