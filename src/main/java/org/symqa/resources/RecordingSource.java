package org.symqa.resources;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A source that remembers every file read through it, so that a rule set can name the files it runs on and a
 * digest of their contents (for reproducing an answer later).
 */
public final class RecordingSource implements ResourceSource {
    private final ResourceSource inner;
    private final Map<String, String> read;

    /** Records reads of {@code inner} into {@code read} (file name as shown to people -> text). */
    public RecordingSource(ResourceSource inner, Map<String, String> read) {
        this.inner = inner;
        this.read = read;
    }

    @Override
    public synchronized Optional<String> read(String relativePath) throws IOException {
        Optional<String> text = inner.read(relativePath);
        text.ifPresent(t -> read.put(inner.describe(relativePath), t));
        return text;
    }

    @Override
    public String describe(String relativePath) {
        return inner.describe(relativePath);
    }

    @Override
    public java.util.List<String> list(String folder) throws IOException {
        return inner.list(folder);
    }

    /** SHA-256 over the files' names and texts, in name order. */
    public static String digest(Map<String, String> files) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (Map.Entry<String, String> e : new TreeMap<>(files).entrySet()) {
                md.update(e.getKey().getBytes(StandardCharsets.UTF_8));
                md.update((byte) 0);
                md.update(e.getValue().getBytes(StandardCharsets.UTF_8));
                md.update((byte) 0);
            }
            return "sha256:" + HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java", e);
        }
    }

    @Override
    public String origin() {
        return inner.origin();
    }

    @Override
    public String toString() {
        return inner.toString();
    }
}
