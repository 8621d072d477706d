package org.symqa.cli;

import org.symqa.batch.ItemFailure;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.symqa.Result;
import org.symqa.Symqa;
import org.symqa.TestPipeline;
import org.symqa.prompt.PromptException;
import org.symqa.text.Deadline;

/**
 * Times the inputs of issue 12 ("no input crashes, hangs or loses data") through the answer path in a warm JVM:
 * CPU time of the answering thread and wall time, for a question of a topic and a general question (which tags
 * every sentence), and what came out (answered, refused, error). Inputs over the size limit are timed through the
 * command line's bounded read. Not a unit test: run it and read the table (docs/robustness.md):
 *
 * <pre>
 * mvn -q -DskipTests package &amp;&amp; mvn -q test-compile
 * java -cp target/symqa.jar:target/test-classes org.symqa.cli.RobustnessTiming
 * java -cp target/symqa.jar:target/test-classes org.symqa.cli.RobustnessTiming pattern 'REGEX'
 * </pre>
 *
 * <p>With {@code pattern REGEX} it times one regular expression instead (as a repair or layout pattern runs, every
 * match over the text) on runs of 10k, 20k and 40k of each of some characters that patterns often repeat: a time
 * that doubles with the length is linear, one that grows four times is quadratic.
 */
public final class RobustnessTiming {
    private static final String HEADER = "Use the following pieces of context to answer the question at the end. If you "
            + "don't know the answer, just say that you don't know, don't try to make up an answer.\n\n";
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private RobustnessTiming() {
    }

    private static String stuff(String context, String question) {
        return HEADER + context + "\n\nQuestion: " + question + "\nHelpful Answer:";
    }

    /** The inputs of the table, and the other crashes it lists, as prompt text for a question. */
    static Map<String, String> inputs(String q) {
        Map<String, String> in = new LinkedHashMap<>();
        in.put("100k spaces in a chunk", stuff("Models were trained on a GPU." + " ".repeat(100_000) + "end.", q));
        in.put("100k tabs in a chunk", stuff("Models were trained on a GPU." + "\t".repeat(100_000) + "end.", q));
        in.put("\"www.\" x 25k", stuff("See " + "www.".repeat(25_000), q));
        in.put("100k newlines in a stuff prompt", stuff("Models were trained." + "\n".repeat(100_000) + "end.", q));
        in.put("a Query: line with 100k spaces", stuff("Models were trained on a GPU.", "%Query\nQuery: x" + " ".repeat(100_000) + "y"));
        in.put("a Query: line with 19k spaces (within max-question)", stuff("Models were trained on a GPU.",
                "%Query\nQuery: x" + " ".repeat(19_000) + "y"));
        in.put("a quoted Query: with 19k spaces (within max-question)", stuff("Models were trained on a GPU.",
                "Query: \"" + " ".repeat(19_000) + "x"));
        in.put("a quoted Query: with 100k spaces", stuff("Models were trained on a GPU.", "Query: \"" + " ".repeat(100_000) + "x"));
        in.put("20k \"©\"", stuff("©".repeat(20_000), q));
        in.put("20k \"+\"", stuff("+".repeat(20_000), q));
        in.put("20k \"&\"", stuff("&".repeat(20_000), q));
        in.put("20k \"…\"", stuff("…".repeat(20_000), q));
        in.put("100k \"©\"", stuff("©".repeat(100_000), q));
        in.put("a word of 6,000 hyphens", q + "\n\nThe model was trained on a " + "-".repeat(6000) + " GPU.");
        in.put("a word of 50,000 hyphens", q + "\n\nThe model was trained on a " + "-".repeat(50_000) + " GPU.");
        in.put("1 MiB prompt of words (at the limit)", q + "\n\n" + "We trained the model on a GPU. ".repeat(33_800));
        in.put("\"(e.g.\" x 2,400 in the question", "Which GPU" + " (e.g. x".repeat(2400) + "?\n\nWe trained on a K80 GPU.");
        in.put("a question part of 100k characters", "Which GPU" + " x".repeat(50_000) + "?\n\nWe trained on a K80 GPU.");
        in.put("a CRLF prompt", stuff("All networks were trained on a single\r\nNVIDIA RTX 3090 GPU.", q).replace("\n", "\r\n"));
        return in;
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 2 && args[0].equals("pattern")) {
            timePattern(java.util.regex.Pattern.compile(args[1], java.util.regex.Pattern.MULTILINE));
            return;
        }
        Symqa symqa = TestPipeline.get();
        for (int i = 0; i < 3; i++) { // warm up: tagger loaded, code compiled
            symqa.answer(stuff("We trained on a Tesla K80 GPU. " + i, "Which GPU did they train on?"));
            symqa.answer(stuff("The sky was blue that day. " + i, "What colour was the sky?"));
        }
        System.out.println("| input | size | topic question: CPU ms / wall ms, outcome | general question: CPU ms / wall ms, outcome |");
        System.out.println("|---|---|---|---|");
        Map<String, String> topic = inputs("Which GPU did they train on?");
        Map<String, String> general = inputs("What colour was the sky?");
        for (String name : topic.keySet()) {
            String t = topic.get(name);
            System.out.printf(Locale.ROOT, "| %s | %,d chars | %s | %s |%n", name, t.length(), time(symqa, t), time(symqa, general.get(name)));
        }
        Path big = Files.createTempFile("symqa-50mb", ".txt");
        try {
            byte[] chunk = "We trained the model on a GPU. ".repeat(1000).getBytes(java.nio.charset.StandardCharsets.UTF_8);
            try (var out = Files.newOutputStream(big)) {
                for (long n = 0; n < 50L << 20; n += chunk.length) {
                    out.write(chunk);
                }
            }
            System.out.printf(Locale.ROOT, "| a 50 MB prompt file | %,d bytes | %s | (read is the same) |%n", Files.size(big),
                    timeRead(() -> InputText.read(big.toString(), null, ItemLimits.DEFAULT_MAX_PROMPT, "--max-prompt")));
        } finally {
            Files.delete(big);
        }
        InputStream zeros = new InputStream() {
            @Override
            public int read() {
                return 0;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                java.util.Arrays.fill(b, off, off + len, (byte) 0);
                return len;
            }
        };
        System.out.printf(Locale.ROOT, "| /dev/zero on standard input | endless | %s | (read is the same) |%n",
                timeRead(() -> InputText.read("-", zeros, ItemLimits.DEFAULT_MAX_PROMPT, "--max-prompt")));
    }

    /** Times every match of a pattern over runs of characters that patterns repeat. */
    static void timePattern(java.util.regex.Pattern p) {
        String[] units = {" ", "\t", "\n", " \n", "a", "A", "1", ".", "-", "/", "www.", "http://", "(", "\"", "aA1.-/ ", "x\n\n"};
        System.out.println("| run of | 10k ms | 20k ms | 40k ms |");
        System.out.println("|---|---|---|---|");
        for (String u : units) {
            StringBuilder row = new StringBuilder("| '" + u.replace("\n", "\\n").replace("\t", "\\t") + "' |");
            for (int n : new int[] {10_000, 20_000, 40_000}) {
                String text = u.repeat(n / u.length());
                long w0 = System.nanoTime();
                try {
                    Deadline.in(20_000).get(() -> {
                        int k = 0;
                        java.util.regex.Matcher mm = p.matcher(Deadline.watched(text));
                        while (mm.find()) {
                            k++;
                        }
                        return k;
                    });
                    row.append(String.format(Locale.ROOT, " %,d |", (System.nanoTime() - w0) / 1_000_000));
                } catch (Deadline.Exceeded e) {
                    row.append(" over 20 s |");
                }
            }
            System.out.println(row);
        }
    }

    /** Answers under the default time limit; CPU and wall time of this thread, and the outcome. */
    private static String time(Symqa symqa, String prompt) {
        long c0 = THREADS.getCurrentThreadCpuTime();
        long w0 = System.nanoTime();
        String outcome;
        try {
            Result r = Deadline.in(10_000).call(() -> symqa.answer(prompt));
            outcome = r.finding().verdict().json();
        } catch (PromptException e) {
            outcome = "refused: " + e.getMessage();
        } catch (Throwable e) {
            outcome = "error: " + ItemFailure.describe(e);
        }
        return String.format(Locale.ROOT, "%,d / %,d, %s", (THREADS.getCurrentThreadCpuTime() - c0) / 1_000_000,
                (System.nanoTime() - w0) / 1_000_000, outcome);
    }

    /** A read that should refuse its input. */
    private static String timeRead(Read read) {
        long c0 = THREADS.getCurrentThreadCpuTime();
        long w0 = System.nanoTime();
        String outcome;
        try {
            read.run();
            outcome = "read (not refused!)";
        } catch (CliException e) {
            outcome = "refused: " + e.getMessage().replaceAll(".*: more", "more");
        }
        return String.format(Locale.ROOT, "%,d / %,d, %s", (THREADS.getCurrentThreadCpuTime() - c0) / 1_000_000,
                (System.nanoTime() - w0) / 1_000_000, outcome);
    }

    @FunctionalInterface
    private interface Read {
        void run() throws CliException;
    }
}
