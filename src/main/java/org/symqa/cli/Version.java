package org.symqa.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine.IVersionProvider;

/** The version every command prints with {@code --version}: the Maven project version, written in at build time. */
final class Version implements IVersionProvider {
    private static final String RESOURCE = "/org/symqa/cli/version.txt";

    /** The project version ({@code 0.1.0-SNAPSHOT}), or {@code unknown} when the build did not write it. */
    static String number() {
        try (InputStream in = Version.class.getResourceAsStream(RESOURCE)) {
            String v = in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
            return v.isEmpty() || v.startsWith("${") ? "unknown" : v;
        } catch (IOException e) {
            return "unknown";
        }
    }

    @Override
    public String[] getVersion() {
        return new String[] {"symqa " + number()};
    }
}
