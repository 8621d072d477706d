package org.symqa.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where a command writes: a UTF-8 file, or standard output (flushed, not closed) when no file is named. */
final class OutputFile {
    private OutputFile() {
    }

    /** A writer to {@code path}, or to standard output for null; errors name the file. */
    static Writer open(Path path) throws CliException {
        if (path == null) {
            return new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8)) {
                @Override
                public void close() throws IOException {
                    flush();
                }
            };
        }
        try {
            return Files.newBufferedWriter(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new CliException("cannot write " + path + ": " + e.getMessage());
        }
    }
}
