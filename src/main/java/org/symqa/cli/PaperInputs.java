package org.symqa.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The files named on the command line: files as given, folders searched for {@code .pdf} and {@code .txt} papers in
 * path order; and each paper's UID, unique within the run.
 *
 * <p>A UID is the file's path relative to the folder it was found in (the file name for a file given directly),
 * without its extension: {@code smith2021}, {@code 2021/smith}. When two papers would share one, each of them keeps
 * its extension ({@code smith.pdf}, {@code smith.txt}); then the path as given; then a {@code #2}, {@code #3}...
 */
final class PaperInputs {
    /** The suffixes a folder is searched for (a file named directly may also be {@code .md} or {@code .text}). */
    static final List<String> FOLDER_SUFFIXES = List.of(".pdf", ".txt");

    /**
     * A file to read, or an argument that names no readable file (then {@code problem} says why).
     *
     * @param uid the paper's id in reports
     */
    record Input(Path path, String display, String problem, String uid) {
    }

    /** A file found, with its path relative to the argument that named it. */
    private record Found(Path path, String display, String problem, String relative) {
    }

    private PaperInputs() {
    }

    /** The inputs of every argument, in argument order; a folder's papers sorted by path. */
    static List<Input> expand(List<Path> args) {
        List<Found> out = new ArrayList<>();
        for (Path a : args) {
            if (Files.isDirectory(a)) {
                List<Path> found = new ArrayList<>();
                try (Stream<Path> s = Files.walk(a)) {
                    s.filter(Files::isRegularFile).filter(PaperInputs::isFolderPaper).forEach(found::add);
                } catch (IOException | java.io.UncheckedIOException e) {
                    out.add(new Found(a, a.toString(), "cannot list folder: " + e.getMessage(), name(a)));
                    continue;
                }
                if (found.isEmpty()) {
                    out.add(new Found(a, a.toString(), "no .pdf or .txt files in this folder", name(a)));
                }
                found.stream().sorted().forEach(p -> out.add(new Found(p, p.toString(), null, slashes(a.relativize(p)))));
            } else if (Files.isRegularFile(a)) {
                out.add(new Found(a, a.toString(), null, name(a)));
            } else {
                out.add(new Found(a, a.toString(), Files.exists(a) ? "not a regular file" : "no such file", name(a)));
            }
        }
        return withUids(out);
    }

    private static List<Input> withUids(List<Found> found) {
        List<Function<Found, String>> ways = List.of(f -> stem(f.relative()), Found::relative,
                f -> slashes(Path.of(f.display())));
        List<String> uids = new ArrayList<>();
        for (Found f : found) {
            uids.add(ways.get(0).apply(f));
        }
        for (int w = 1; w < ways.size(); w++) {
            Map<String, Integer> count = counts(uids);
            for (int i = 0; i < found.size(); i++) {
                if (count.get(uids.get(i)) > 1) {
                    uids.set(i, ways.get(w).apply(found.get(i)));
                }
            }
        }
        Map<String, Integer> seen = new HashMap<>();
        List<Input> out = new ArrayList<>();
        for (int i = 0; i < found.size(); i++) {
            Found f = found.get(i);
            int n = seen.merge(uids.get(i), 1, Integer::sum);
            out.add(new Input(f.path(), f.display(), f.problem(), n == 1 ? uids.get(i) : uids.get(i) + "#" + n));
        }
        return out;
    }

    private static Map<String, Integer> counts(List<String> uids) {
        Map<String, Integer> count = new HashMap<>();
        uids.forEach(u -> count.merge(u, 1, Integer::sum));
        return count;
    }

    private static String name(Path p) {
        Path f = p.getFileName();
        return f == null ? p.toString() : f.toString();
    }

    private static String slashes(Path p) {
        return p.toString().replace('\\', '/');
    }

    /** A relative path without the extension of its file name. */
    private static String stem(String relative) {
        int slash = relative.lastIndexOf('/');
        int dot = relative.lastIndexOf('.');
        return dot > slash + 1 ? relative.substring(0, dot) : relative;
    }

    private static boolean isFolderPaper(Path p) {
        String name = p.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        return !name.startsWith(".") && FOLDER_SUFFIXES.stream().anyMatch(lower::endsWith);
    }
}
