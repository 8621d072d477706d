package org.symqa.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.symqa.paper.PaperReader;

/** The files named on the command line: files as given, folders searched for PDF and text papers in name order. */
final class PaperInputs {
    /** A file to read, or an argument that names no readable file (then {@code problem} says why). */
    record Input(Path path, String display, String problem) {
    }

    private PaperInputs() {
    }

    /** The inputs of every argument, in argument order; a folder's papers sorted by path. */
    static List<Input> expand(List<Path> args) {
        List<Input> out = new ArrayList<>();
        for (Path a : args) {
            if (Files.isDirectory(a)) {
                List<Path> found = new ArrayList<>();
                try (Stream<Path> s = Files.walk(a)) {
                    s.filter(Files::isRegularFile).filter(PaperInputs::isPaper).forEach(found::add);
                } catch (IOException | java.io.UncheckedIOException e) {
                    out.add(new Input(a, a.toString(), "cannot list folder: " + e.getMessage()));
                    continue;
                }
                if (found.isEmpty()) {
                    out.add(new Input(a, a.toString(), "no .pdf or .txt files in this folder"));
                }
                found.stream().sorted().forEach(p -> out.add(new Input(p, p.toString(), null)));
            } else if (Files.isRegularFile(a)) {
                out.add(new Input(a, a.toString(), null));
            } else {
                out.add(new Input(a, a.toString(), Files.exists(a) ? "not a regular file" : "no such file"));
            }
        }
        return out;
    }

    private static boolean isPaper(Path p) {
        String name = p.getFileName().toString();
        return !name.startsWith(".") && (PaperReader.isPdfName(name) || PaperReader.isTextName(name));
    }
}
