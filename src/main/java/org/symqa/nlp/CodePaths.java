package org.symqa.nlp;

/**
 * Reads a token that is a dotted path of program code ("torch.optim.Adam", "tf.keras.applications.ResNet50"): its
 * last name is the class the code uses, which a lexicon can name ("Adam", "ResNet50") though the tokenizer keeps the
 * path as one token. A path here is two or more identifiers joined by periods, the first in lower case (a module or
 * an object) and the last capitalised (a class): file names ("model.h5", "config.yaml"), abbreviations ("U.S",
 * "e.g") and numbers are no paths.
 */
public final class CodePaths {
    private CodePaths() {
    }

    /** The last name of a code path ("Adam" of "torch.optim.Adam"), or null when the word is no path. */
    public static String lastName(String word) {
        int dot = word.lastIndexOf('.');
        if (dot <= 0 || dot == word.length() - 1 || !Character.isLowerCase(word.charAt(0))
                || !Character.isUpperCase(word.charAt(dot + 1))) {
            return null;
        }
        int start = 0;
        for (int i = 0; i <= word.length(); i++) {
            if (i == word.length() || word.charAt(i) == '.') {
                if (!identifier(word, start, i)) {
                    return null;
                }
                start = i + 1;
            }
        }
        return word.substring(dot + 1);
    }

    private static boolean identifier(String word, int from, int to) {
        if (to <= from || !(Character.isLetter(word.charAt(from)) || word.charAt(from) == '_')) {
            return false;
        }
        for (int i = from + 1; i < to; i++) {
            char c = word.charAt(i);
            if (!(Character.isLetterOrDigit(c) || c == '_')) {
                return false;
            }
        }
        return true;
    }
}
