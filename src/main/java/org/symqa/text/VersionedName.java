package org.symqa.text;

import java.util.regex.Pattern;

/**
 * Tells a name that ends on its version number ("DenseNet201", "EfficientNetB0", "ResNet-50", "V100"): such a name
 * is whole, so two of them side by side (a table row's "DenseNet201 EfficientNetB0") are two names, not one.
 */
public final class VersionedName {
    private static final Pattern VERSIONED = Pattern.compile("\\p{L}[\\p{L}-]*\\d+[a-z]?\\d*");

    private static final Pattern NAMED = Pattern.compile("\\p{L}{3}");

    private VersionedName() {
    }

    /** True when the word is a name that ends on its version number. */
    public static boolean is(String word) {
        return VERSIONED.matcher(word).matches();
    }

    /**
     * True when both words are versioned names and the second opens with a name of its own (three letters or more,
     * not a version suffix such as "v2" of "ResNet-50 v2"): a boundary between two names.
     */
    public static boolean apart(String before, String after) {
        return is(before) && is(after) && NAMED.matcher(after).lookingAt();
    }
}
