package org.symqa.cli;

import org.symqa.batch.LineAnswerer;
import picocli.CommandLine.Option;

/**
 * The limits of one item (one prompt), shared by the commands that answer: its size, and the time it may take. An
 * item over a limit gets a one-line error and the others run. The README's table "Limits" lists every limit.
 */
final class ItemLimits {
    /** The default prompt size limit, as the server's body limit. */
    static final long DEFAULT_MAX_PROMPT = LineAnswerer.DEFAULT_MAX_PROMPT;
    /** The default time limit of one prompt, in seconds, as the server's. */
    static final double DEFAULT_TIME_LIMIT = 10;

    @Option(names = "--max-prompt", paramLabel = "BYTES", converter = Sizes.class,
            description = "Largest prompt, in bytes of UTF-8 (1M, 512K, ...); a larger one is refused (default: 1M).")
    long maxPrompt = DEFAULT_MAX_PROMPT;

    @Option(names = "--time-limit", paramLabel = "SECONDS",
            description = "Time one prompt may take; then it gets an error and the next one runs (default: 10).")
    double timeLimit = DEFAULT_TIME_LIMIT;

    /** The time limit in milliseconds, checked. */
    long timeLimitMillis() throws CliException {
        if (!(timeLimit > 0) || timeLimit > 86_400) {
            throw new CliException("--time-limit must be above 0 and at most 86400 seconds, not " + timeLimit);
        }
        return Math.max(1, Math.round(timeLimit * 1000));
    }

    /** The error of a prompt of {@code bytes} bytes, or null when it is within the limit. */
    String promptTooLarge(long bytes) {
        return LineAnswerer.promptTooLarge(bytes, maxPrompt);
    }
}
