package org.symqa.fuzz;

import java.nio.charset.StandardCharsets;
import org.symqa.Symqa;
import org.symqa.TestPipeline;

/** What the fuzz targets share: the pipeline of the repository's rules, and bytes read as text. */
final class FuzzSupport {
    private FuzzSupport() {
    }

    /** The pipeline on the repository's rules (loaded once per JVM). */
    static Symqa symqa() {
        return TestPipeline.get();
    }

    /** Bytes as text, as a reader of UTF-8 that replaces bad bytes sees them. */
    static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
