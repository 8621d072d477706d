package org.symqa.resources;

import java.io.IOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.stream.Stream;

/** Lists the files of a folder on disk or of a resource folder on the class path (in a jar or a directory). */
final class Listing {
    private Listing() {
    }

    /** The files directly in {@code dir/folder}, as {@code folder/name}, in name order. */
    static List<String> directory(Path dir, String folder) throws IOException {
        Path at = folder.isEmpty() ? dir : dir.resolve(folder);
        if (!Files.isDirectory(at)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(at)) {
            return files.filter(Files::isRegularFile)
                    .map(p -> prefix(folder) + p.getFileName().toString())
                    .sorted()
                    .toList();
        }
    }

    /** The resources directly in {@code root/folder} on the class path, as {@code folder/name}, in name order. */
    static List<String> embedded(String root, String folder) throws IOException {
        String path = root + (folder.isEmpty() ? "" : "/" + folder);
        URL url = Listing.class.getResource("/" + path);
        if (url == null) {
            return List.of();
        }
        if (url.getProtocol().equals("file")) {
            try {
                return directory(Path.of(url.toURI()), "").stream().map(n -> prefix(folder) + n).toList();
            } catch (URISyntaxException e) {
                throw new IOException(e);
            }
        }
        if (!url.getProtocol().equals("jar")) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        JarURLConnection jar = (JarURLConnection) url.openConnection();
        jar.setUseCaches(false);
        try (var file = jar.getJarFile()) {
            String dir = path + "/";
            Enumeration<JarEntry> entries = file.entries();
            while (entries.hasMoreElements()) {
                String name = entries.nextElement().getName();
                if (name.startsWith(dir) && name.length() > dir.length() && name.indexOf('/', dir.length()) < 0) {
                    out.add(prefix(folder) + name.substring(dir.length()));
                }
            }
        }
        out.sort(null);
        return out;
    }

    private static String prefix(String folder) {
        return folder.isEmpty() ? "" : folder + "/";
    }
}
