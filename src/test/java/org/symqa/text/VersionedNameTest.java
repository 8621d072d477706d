package org.symqa.text;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Names that end on their version number, and the boundary between two of them. */
class VersionedNameTest {
    @Test
    void aNameEndingOnItsVersionIsVersioned() {
        assertTrue(VersionedName.is("DenseNet201"));
        assertTrue(VersionedName.is("EfficientNetB0"));
        assertTrue(VersionedName.is("ResNet-50"));
        assertTrue(VersionedName.is("ResNet50v2"));
        assertTrue(VersionedName.is("V100"));
        assertFalse(VersionedName.is("3090"), "a bare number is a name part, not a name");
        assertFalse(VersionedName.is("GPU"));
        assertFalse(VersionedName.is("Inceptionresnetv"));
        assertFalse(VersionedName.is("YOLOv5s-large"), "more after the version");
    }

    @Test
    void twoVersionedNamesSideBySideAreApart() {
        assertTrue(VersionedName.apart("DenseNet201", "EfficientNetB0"));
        assertFalse(VersionedName.apart("V100", "GPU"), "'Tesla V100 GPU' is one name");
        assertFalse(VersionedName.apart("RTX", "3090"));
        assertFalse(VersionedName.apart("ResNet-50", "v2"), "a version suffix");
        assertTrue(VersionedName.apart("ResNet-50", "Vgg16"), "three letters: a name of its own");
    }
}
