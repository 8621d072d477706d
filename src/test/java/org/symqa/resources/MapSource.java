package org.symqa.resources;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Rule or lexicon files held in memory, for tests: relative path -> text; named {@code LABEL/path} in messages. */
public final class MapSource implements ResourceSource {
    private final String label;
    private final Map<String, String> files;

    public MapSource(String label, Map<String, String> files) {
        this.label = label;
        this.files = new TreeMap<>(files);
    }

    @Override
    public Optional<String> read(String relativePath) {
        return Optional.ofNullable(files.get(relativePath));
    }

    @Override
    public String describe(String relativePath) {
        return label + "/" + relativePath;
    }

    @Override
    public List<String> list(String folder) {
        String prefix = folder.isEmpty() ? "" : folder.endsWith("/") ? folder : folder + "/";
        return files.keySet().stream().filter(p -> p.startsWith(prefix) && p.indexOf('/', prefix.length()) < 0).toList();
    }

    @Override
    public String origin() {
        return "memory";
    }
}
