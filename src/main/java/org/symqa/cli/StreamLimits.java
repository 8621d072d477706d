package org.symqa.cli;

import picocli.CommandLine.Option;

/** The limits of a JSON-lines input (batch, eval): the longest line, and the most bytes read in all. */
final class StreamLimits {
    @Option(names = "--max-line", paramLabel = "BYTES", converter = Sizes.class,
            description = "Longest input line (default: 4M); a longer one gets an error result and is skipped unread.")
    long maxLine = org.symqa.batch.LineAnswerer.DEFAULT_MAX_LINE;

    @Option(names = "--max-input", paramLabel = "BYTES", converter = Sizes.class,
            description = "Most bytes read from the input, after decompressing .gz (default: 1G); then the run stops.")
    long maxInput = Sizes.GIB;
}
