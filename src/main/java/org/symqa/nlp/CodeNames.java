package org.symqa.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads the words of a program-code name, which the tokenizer keeps as one token: a snake-case name
 * ("learning_rate", "train_test_split") or a capitalised camel-case name ("EarlyStopping", "RandomHorizontalFlip",
 * "ReduceLROnPlateau"), also as the last name of a dotted path ("tf.keras.callbacks.EarlyStopping"), so that a
 * lexicon term of two or more words ("early stopping", "learning rate") can be found in it. A name needs two or
 * more parts that hold letters; parts are lower-cased. Most words of prose are no code names (no underscore, no
 * capital after the first letter); a capitalised name with a capital inside ("ImageNet": image, net) reads as one,
 * and matters only where a term spells its words.
 */
public final class CodeNames {
    private CodeNames() {
    }

    /** The lower-cased words of a code name, or an empty list when the token is no code name. */
    public static List<String> words(String token) {
        if (!mayBeName(token)) {
            return List.of(); // most words: no underscore, no capital after the first letter
        }
        String name = CodePaths.lastName(token);
        if (name == null) {
            name = token;
        }
        List<String> parts = name.indexOf('_') >= 0 ? snake(name) : camel(name);
        int withLetters = 0;
        for (String p : parts) {
            if (hasLetter(p)) {
                withLetters++;
            }
        }
        return withLetters >= 2 ? parts : List.of();
    }

    /** The parts of "learning_rate" or "_batch_size_": letters and digits between underscores. */
    private static List<String> snake(String name) {
        List<String> out = new ArrayList<>();
        for (String p : name.split("_", -1)) {
            if (p.isEmpty()) {
                continue;
            }
            for (int i = 0; i < p.length(); i++) {
                if (!isAsciiLetterOrDigit(p.charAt(i))) {
                    return List.of();
                }
            }
            out.add(p.toLowerCase(Locale.ROOT));
        }
        return out;
    }

    /**
     * The parts of a capitalised camel-case name: a new part starts at a capital after a small letter or digit
     * ("Early|Stopping"), at the last capital of a run followed by a small letter ("Reduce|LR|On|Plateau"), and at a
     * digit after a letter ("Pooling|2D").
     */
    private static List<String> camel(String name) {
        if (name.isEmpty() || !Character.isUpperCase(name.charAt(0)) || !isAsciiLetterOrDigit(name.charAt(0))) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 1; i < name.length(); i++) {
            char c = name.charAt(i);
            char before = name.charAt(i - 1);
            if (!isAsciiLetterOrDigit(c)) {
                return List.of();
            }
            boolean cut = Character.isUpperCase(c) && (Character.isLowerCase(before) || Character.isDigit(before))
                    || Character.isUpperCase(c) && Character.isUpperCase(before) && i + 1 < name.length()
                    && Character.isLowerCase(name.charAt(i + 1))
                    || Character.isDigit(c) && Character.isLetter(before);
            if (cut) {
                out.add(name.substring(start, i).toLowerCase(Locale.ROOT));
                start = i;
            }
        }
        out.add(name.substring(start).toLowerCase(Locale.ROOT));
        return out;
    }

    private static boolean mayBeName(String token) {
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (c == '_' || i > 0 && Character.isUpperCase(c)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasLetter(String part) {
        for (int i = 0; i < part.length(); i++) {
            if (Character.isLetter(part.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return c < 128 && Character.isLetterOrDigit(c);
    }
}
