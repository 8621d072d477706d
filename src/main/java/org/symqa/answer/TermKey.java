package org.symqa.answer;

import java.util.Locale;
import java.util.regex.Pattern;
import org.symqa.lexicon.WordFamilies;

/**
 * The form two written terms share when they name one thing, so that facts and the terms an unanswered reply names
 * are each given once: lower-cased, a PDF's broken hyphen closed ("EMViT- Net" is "EMViT-Net"), brackets left out
 * ("convolutional neural networks (CNNs)"), the plural of each long word made singular ("accuracies", "CNNs"), and
 * each word of a family written as the family's first member
 * ({@code lexicons/word-families.txt}: "rotation" and "rotates").
 */
final class TermKey {
    private static final Pattern BROKEN_HYPHEN = Pattern.compile("(?<=\\w)-\\s+(?=\\w)");
    private static final Pattern PLURAL_IES = Pattern.compile("(?<=[a-z]{3})ies$");
    private static final Pattern PLURAL_S = Pattern.compile("(?<=[a-z]{3})s$");
    private static final Pattern BRACKETS = Pattern.compile("[()\\[\\]]");

    private TermKey() {
    }

    /** The key of a term's text, with the words of {@code families} written as their family. */
    static String of(String text, WordFamilies families) {
        String plain = BROKEN_HYPHEN.matcher(text.toLowerCase(Locale.ROOT)).replaceAll("-");
        plain = BRACKETS.matcher(plain).replaceAll(" ").strip();
        StringBuilder b = new StringBuilder();
        for (String w : plain.split(" +", -1)) {
            w = PLURAL_S.matcher(PLURAL_IES.matcher(w).replaceAll("y")).replaceAll("");
            b.append(b.isEmpty() ? "" : " ").append(families.contains(w) ? families.family(w) : w);
        }
        return b.toString();
    }

    /** A version tail: what follows a name in a longer name of it ("201" of "DenseNet201", "b0", "v5", "50v2"). */
    private static final Pattern VERSION_TAIL = Pattern.compile("[a-z]?\\d[a-z0-9.]*");

    /**
     * True when key {@code shorter} names a part of key {@code longer}: its words stand in it in a row ("neural
     * network" in "deep neural network"), the last of them maybe followed by a version tail in {@code longer}
     * ("densenet" in "densenet201"). A key is not within itself.
     */
    static boolean within(String shorter, String longer) {
        if (shorter.equals(longer)) {
            return false;
        }
        String[] a = shorter.split(" ");
        String[] b = longer.split(" ");
        for (int start = 0; start + a.length <= b.length; start++) {
            int i = 0;
            while (i < a.length - 1 && a[i].equals(b[start + i])) {
                i++;
            }
            String last = b[start + a.length - 1];
            if (i == a.length - 1 && (last.equals(a[i]) || last.startsWith(a[i])
                    && VERSION_TAIL.matcher(last.substring(a[i].length())).matches())) {
                return true;
            }
        }
        return false;
    }

    /** The key without its hyphens, by which "U-Net" and "UNet", "SGED- ConvLSTM" and "SGEDConvLSTM" are one term. */
    static String loose(String key) {
        return key.replace("-", "");
    }
}
