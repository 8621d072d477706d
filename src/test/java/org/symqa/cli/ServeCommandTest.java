package org.symqa.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code serve} refuses bad settings before it loads anything, with one line naming the option. */
class ServeCommandTest {
    private static void refused(int code, String line, String... args) {
        String[] all = new String[args.length + 3];
        all[0] = "serve";
        all[1] = "--port";
        all[2] = "0";
        System.arraycopy(args, 0, all, 3, args.length);
        MainTest.Run r = MainTest.run(all);
        assertEquals(code, r.code(), r.err());
        assertEquals(line + System.lineSeparator(), r.err());
        assertEquals("", r.out());
    }

    @Test
    void aMissingEmptyOrFolderKeyFileIsNamed(@TempDir Path dir) throws Exception {
        Path missing = dir.resolve("no-such-key");
        refused(1, "symqa serve: --api-key-file " + missing + ": no such file", "--api-key-file", missing.toString());
        Path empty = Files.writeString(dir.resolve("empty"), " \n");
        refused(1, "symqa serve: --api-key-file " + empty + ": file is empty", "--api-key-file", empty.toString());
        refused(1, "symqa serve: --api-key-file " + dir + ": is a folder, not a file", "--api-key-file", dir.toString());
        Path latin1 = Files.write(dir.resolve("latin1"), new byte[] {'k', (byte) 0xe9, 'y'});
        refused(1, "symqa serve: --api-key-file " + latin1 + ": not UTF-8 text", "--api-key-file", latin1.toString());
    }

    @Test
    void badHostAndOriginListsAreUsageErrors() {
        refused(2, "symqa serve: --allow-host http://a.example: not a host name (give the name without port or scheme, "
                + "or * for any)", "--allow-host", "http://a.example");
        refused(2, "symqa serve: --cors-origin app.example: not an origin (scheme://host[:port], null, or * for any)",
                "--cors-origin", "app.example");
        refused(2, "symqa serve: read timeout must be at least 1", "--read-timeout-ms", "0");
    }
}
