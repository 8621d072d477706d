package org.symqa.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.symqa.Symqa;
import org.symqa.eval.GoldFormatException;
import org.symqa.eval.GoldItem;
import org.symqa.prompt.JsonInput;
import org.symqa.prompt.Prompt;
import org.symqa.prompt.PromptException;

/**
 * Reads a gold JSONL file line by line, checks each line (JSON object, gold fields, a readable prompt, an id not
 * seen before) and hands each item on, so that a caller can check a whole file without keeping it in memory.
 */
final class GoldLines {
    private GoldLines() {
    }

    /** A gold item with the prompt read from its line. */
    record Task(long line, GoldItem gold, Prompt prompt) {
    }

    /** What receives the items, in file order. */
    @FunctionalInterface
    interface Sink {
        void accept(Task task) throws IOException, ExecutionException, InterruptedException;
    }

    /**
     * Reads every line of {@code input} ({@code -}: standard input) and gives its item to {@code sink}; the first bad
     * line stops the reading with a message naming file and line. Returns the number of items.
     */
    static int read(String input, Symqa symqa, Sink sink)
            throws CliException, IOException, ExecutionException, InterruptedException {
        String name = input.equals("-") ? "<stdin>" : input;
        Map<String, Long> seen = new HashMap<>();
        int items = 0;
        try (LineSource source = LineSource.open(input, System.in)) {
            LineSource.Line line;
            while ((line = source.next()) != null) {
                String where = name + ":" + line.number();
                String text = InputText.decode(line.bytes(), where);
                if (GoldItem.isBlankLine(text)) {
                    continue;
                }
                Task task;
                try {
                    JsonNode node = JsonInput.parseObject(text);
                    GoldItem gold = GoldItem.of(node);
                    Long first = seen.putIfAbsent(gold.id(), line.number());
                    if (first != null) {
                        throw new CliException(where + ": duplicate id '" + gold.id() + "' (first on line " + first + ")");
                    }
                    task = new Task(line.number(), gold, symqa.reader().readJson(node));
                } catch (PromptException | GoldFormatException e) {
                    throw new CliException(where + ": " + e.getMessage());
                }
                items++;
                sink.accept(task);
            }
        }
        if (items == 0) {
            throw new CliException(name + ": no gold items");
        }
        return items;
    }
}
