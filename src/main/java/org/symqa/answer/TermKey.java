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

    /** The key without its hyphens, by which "U-Net" and "UNet", "SGED- ConvLSTM" and "SGEDConvLSTM" are one term. */
    static String loose(String key) {
        return key.replace("-", "");
    }
}
