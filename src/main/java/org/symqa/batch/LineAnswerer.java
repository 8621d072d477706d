package org.symqa.batch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import org.symqa.Result;
import org.symqa.ResultJson;
import org.symqa.Symqa;
import org.symqa.explain.TraceJson;
import org.symqa.explain.Tracer;
import org.symqa.prompt.JsonInput;
import org.symqa.prompt.PromptException;
import org.symqa.text.Controls;
import org.symqa.text.Deadline;

/**
 * Turns one line of a JSON-lines input into its result object, as {@code symqa batch} writes it: the entry point for
 * anything that runs batches (the CLI, a Spark job). It never throws: a blank, malformed or oversized line, a line
 * without a question, or a prompt whose answering fails gets an error result naming the line. Immutable, and
 * thread-safe when the pipeline is.
 *
 * @param symqa     the pipeline
 * @param maxLine   the longest line in bytes (a longer one arrives unread, see {@link InputLine#tooLong})
 * @param maxPrompt the largest prompt in bytes of UTF-8
 * @param millis    the time one line may take
 * @param timings   whether results carry {@code millis} (then output is not byte-identical between runs)
 * @param trace     whether results carry a {@code trace}
 */
public record LineAnswerer(Symqa symqa, long maxLine, long maxPrompt, long millis, boolean timings, boolean trace) {
    /** The defaults of {@code symqa batch}: 4 MiB lines, 1 MiB prompts, 10 s a prompt. */
    public static final long DEFAULT_MAX_LINE = 4L << 20;
    /** The default prompt size limit, as the server's body limit. */
    public static final long DEFAULT_MAX_PROMPT = 1L << 20;
    /** The default time limit of one prompt, in milliseconds. */
    public static final long DEFAULT_MILLIS = 10_000;

    /** Checks the limits. */
    public LineAnswerer {
        if (symqa == null || maxLine < 1 || maxPrompt < 1 || millis < 1) {
            throw new IllegalArgumentException("a pipeline and positive limits are needed");
        }
    }

    /** The answerer with the defaults of {@code symqa batch}. */
    public static LineAnswerer withDefaults(Symqa symqa) {
        return new LineAnswerer(symqa, DEFAULT_MAX_LINE, DEFAULT_MAX_PROMPT, DEFAULT_MILLIS, false, false);
    }

    /**
     * The output line of one input line, without its line end, as {@code symqa batch} writes it: one line of JSON,
     * printable ({@link Controls#printable}: an unpaired surrogate becomes U+FFFD, no control characters).
     */
    public String line(InputLine line) {
        return printable(answer(line));
    }

    /** A result object as the line that batch runners write. */
    public static String printable(ObjectNode o) {
        return Controls.printable(ResultJson.line(o));
    }

    /** The result object of one input line, answered within the time limit. */
    public ObjectNode answer(InputLine line) {
        return Deadline.in(millis).get(() -> process(line));
    }

    private ObjectNode process(InputLine line) {
        String where = "line " + line.number();
        String id = null;
        try {
            if (line.tooLong()) {
                return ResultJson.error(where, where + ": " + bytes(line.length()) + " long, over the limit of "
                        + bytes(maxLine) + " (--max-line)");
            }
            String text = Utf8.decode(line.bytes(), where);
            if (text.isBlank()) {
                return ResultJson.error(where, where + ": blank line (no JSON object)");
            }
            JsonNode node = JsonInput.parseObject(text);
            JsonNode idNode = node.get("id");
            if (idNode != null && (idNode.isTextual() || idNode.isNumber())) {
                id = idNode.asText();
            }
            String tooLarge = promptTooLarge(JsonInput.promptBytes(node), maxPrompt);
            if (tooLarge != null) {
                return ResultJson.error(id == null ? where : id, where + ": " + tooLarge);
            }
            long t = System.nanoTime();
            Result r = symqa.answer(symqa.reader().readJson(node));
            ObjectNode o = ResultJson.of(id == null ? where : id, r, timings ? (System.nanoTime() - t) / 1_000_000 : -1);
            if (trace) {
                o.set("trace", TraceJson.of(new Tracer(symqa).trace(r)));
            }
            return o;
        } catch (Utf8.InvalidException e) {
            return ResultJson.error(where, e.getMessage() + " (line starts at byte offset " + line.offset() + ")");
        } catch (PromptException e) {
            return ResultJson.error(id == null ? where : id, where + ": " + e.getMessage());
        } catch (Throwable e) {
            return ResultJson.error(id == null ? where : id, where + ": " + ItemFailure.describe(e));
        }
    }

    /** The error of a prompt of {@code bytes} bytes, or null when it is within {@code max}. */
    public static String promptTooLarge(long bytes, long max) {
        if (bytes <= max) {
            return null;
        }
        return String.format(Locale.ROOT, "prompt of %,d bytes is over the limit of %,d bytes (--max-prompt)", bytes, max);
    }

    /** {@code 1,048,576 bytes}. */
    public static String bytes(long n) {
        return String.format(Locale.ROOT, "%,d bytes", n);
    }
}
