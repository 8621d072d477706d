package org.symqa;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Registered for every test class (src/test/resources/META-INF/services): under mutation testing it drops the
 * shared {@link TestPipeline} before each test class, so no pipeline built under one mutant serves the next; in
 * the normal build it does nothing.
 */
public final class FreshPipelineExtension implements BeforeAllCallback {
    @Override
    public void beforeAll(ExtensionContext context) {
        TestPipeline.reset();
    }
}
