package org.symqa.cli;

import java.io.BufferedWriter;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.symqa.text.Controls;

/**
 * Where a command writes its results, standard output or a file, with every write checked: a full disk or a closed
 * pipe ends the command with one line naming the output ({@link OutputException}), never a silent loss. Text is
 * written as valid UTF-8 without control characters but tab and line feed ({@link Controls#printable}), so an
 * unpaired surrogate becomes U+FFFD whether the output is a file or standard output.
 */
final class Output implements AutoCloseable {
    /** Set by {@link Main#main}: standard output is the process's own, written without {@code System.out}'s silence. */
    static volatile boolean processStdout;

    private final String name;
    private final Writer writer;
    private final PrintStream checked;
    private final boolean close;

    private Output(String name, Writer writer, PrintStream checked, boolean close) {
        this.name = name;
        this.writer = writer;
        this.checked = checked;
        this.close = close;
    }

    /** Standard output, or the file {@code path} (created or truncated) when not null. */
    static Output open(Path path) throws OutputException {
        if (path == null) {
            if (processStdout) {
                OutputStream fd = new FileOutputStream(FileDescriptor.out);
                return new Output("standard output", writer(fd), null, false);
            }
            PrintStream out = System.out;
            return new Output("standard output", writer(out), out, false);
        }
        try {
            return new Output(path.toString(), writer(Files.newOutputStream(path)), null, true);
        } catch (IOException e) {
            throw new OutputException(path + ": cannot write: " + reason(e));
        }
    }

    private static Writer writer(OutputStream out) {
        return new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
    }

    /** The output's name in messages. */
    String name() {
        return name;
    }

    /** Writes text as it may be printed. */
    void write(String text) throws OutputException {
        try {
            writer.write(Controls.printable(text));
        } catch (IOException e) {
            throw failure(e);
        }
    }

    /** Writes a line (text and {@code \n}). */
    void line(String text) throws OutputException {
        write(text);
        write("\n");
    }

    /** Writes what is buffered through to the output and checks that it arrived. */
    void flush() throws OutputException {
        try {
            writer.flush();
        } catch (IOException e) {
            throw failure(e);
        }
        if (checked != null && checked.checkError()) {
            throw new OutputException(name + ": write failed (disk full or closed pipe?)");
        }
    }

    /** Flushes; closes a file. */
    @Override
    public void close() throws OutputException {
        flush();
        if (close) {
            try {
                writer.close();
            } catch (IOException e) {
                throw failure(e);
            }
        }
    }

    private OutputException failure(IOException e) {
        return new OutputException(name + ": cannot write: " + reason(e));
    }

    private static String reason(IOException e) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m.replaceAll("\\s+", " ").strip();
    }

    /** An output that could not be written: the message names it; the command exits with {@link #EXIT}. */
    static final class OutputException extends Exception {
        private static final long serialVersionUID = 1L;
        /** The exit code of a command whose output failed (EX_IOERR of sysexits.h). */
        static final int EXIT = 74;

        OutputException(String message) {
            super(message);
        }
    }
}
