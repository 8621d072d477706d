package org.symqa.resources;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Where rule and lexicon files come from: a folder on disk, or the defaults embedded in the jar.
 *
 * <p>Files are named by a relative path such as {@code evidence/hardware.rules}; {@link #describe} gives the
 * name a person sees in messages ({@code rules/evidence/hardware.rules}).
 */
public interface ResourceSource {

    /** Reads the named file as UTF-8 text, or empty when it does not exist. */
    Optional<String> read(String relativePath) throws IOException;

    /** The name of the file as shown in messages. */
    String describe(String relativePath);

    /**
     * The files directly in a subfolder ({@code ""} for the top), as relative paths in name order; empty when the
     * source cannot list its files.
     */
    default List<String> list(String folder) throws IOException {
        return List.of();
    }

    /** Where the files come from, for people: the folder as named, or {@code embedded}. */
    default String origin() {
        return toString();
    }

    /** A folder on disk. */
    static ResourceSource directory(Path dir, String label) {
        return new ResourceSource() {
            @Override
            public Optional<String> read(String relativePath) throws IOException {
                try {
                    return Optional.of(decode(Files.readAllBytes(dir.resolve(relativePath)), describe(relativePath)));
                } catch (NoSuchFileException e) {
                    return Optional.empty();
                }
            }

            @Override
            public String describe(String relativePath) {
                return label + "/" + relativePath;
            }

            @Override
            public List<String> list(String folder) throws IOException {
                return Listing.directory(dir, folder);
            }

            @Override
            public String toString() {
                return dir.toString();
            }
        };
    }

    /** The defaults embedded in the jar under {@code symqa/<folder>/}. */
    static ResourceSource embedded(String folder) {
        return new ResourceSource() {
            @Override
            public Optional<String> read(String relativePath) throws IOException {
                try (InputStream in = ResourceSource.class.getResourceAsStream("/symqa/" + folder + "/" + relativePath)) {
                    if (in == null) {
                        return Optional.empty();
                    }
                    return Optional.of(decode(in.readAllBytes(), describe(relativePath)));
                }
            }

            @Override
            public String describe(String relativePath) {
                return folder + "/" + relativePath;
            }

            @Override
            public List<String> list(String sub) throws IOException {
                return Listing.embedded("symqa/" + folder, sub);
            }

            @Override
            public String origin() {
                return "embedded";
            }

            @Override
            public String toString() {
                return "embedded " + folder;
            }
        };
    }

    /** Decodes strict UTF-8, naming the file when the bytes are not UTF-8. */
    static String decode(byte[] bytes, String name) throws IOException {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new IOException(name + ": not valid UTF-8");
        }
    }
}
