package org.symqa.rules;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tests whole words against a rule's regex, by a set look-up when the regex only lists words.
 *
 * <p>Most word and lemma regexes of the rules are plain lists: {@code /split|divide|partition/},
 * {@code /^(class|species|label)$/}, {@code /(?i)adam|sgd/}. Run by the regex engine, each test of each word walks
 * every alternative; the prefilter and the word items test every distinct word of every sentence this way. A list's
 * full match is exactly membership of the word in the list, so such a regex is answered from a set, and any other
 * regex by the engine, after a {@link WordGate} has ruled out the words it can. With {@code (?i)} (ASCII case folding, as Java applies it without {@code UNICODE_CASE}) the
 * list must be ASCII, and a word holding a character beyond ASCII matches none of it.
 *
 * @param pattern the regex, as compiled from the rule
 * @param words   the listed words when the regex is a plain list (lower-cased under {@code (?i)}), else null
 * @param anyCase whether the list was written under {@code (?i)}
 * @param gate    for a regex that is no list, the quick test run before the engine ({@link WordGate}), or null
 */
public record WordRegex(Pattern pattern, Set<String> words, boolean anyCase, WordGate gate) {
    private static final String CASE_FLAG = "(?i)";
    /** A listed word: letters, digits, apostrophes, underscores and hyphens, none of them special in a regex. */
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}'_-]+");
    private static final Pattern ASCII_WORD = Pattern.compile("[A-Za-z0-9'_-]+");

    /** Validates; a list needs its regex to have no flags but the {@code (?i)} that opens its source. */
    public WordRegex {
        if (pattern == null) {
            throw new IllegalArgumentException("a word regex needs a pattern");
        }
        words = words == null ? null : Set.copyOf(words);
        if (words != null && pattern.flags() != caseFlags(anyCase)) {
            throw new IllegalArgumentException("a word list is read from a regex without flags but (?i): " + pattern);
        }
        if (words != null && gate != null) {
            throw new IllegalArgumentException("a word list needs no gate: " + pattern);
        }
    }

    /** A list, or a regex for the engine alone. */
    public WordRegex(Pattern pattern, Set<String> words, boolean anyCase) {
        this(pattern, words, anyCase, null);
    }

    /** The test for a compiled regex: a set look-up when its source is a plain list of words, else the engine. */
    public static WordRegex of(Pattern pattern) {
        String src = pattern.pattern();
        boolean anyCase = src.startsWith(CASE_FLAG);
        String body = unwrap(anyCase ? src.substring(CASE_FLAG.length()) : src);
        if (pattern.flags() != caseFlags(anyCase) || body == null) {
            return engine(pattern);
        }
        Set<String> words = new HashSet<>();
        for (String w : body.split("\\|", -1)) {
            if (!(anyCase ? ASCII_WORD : WORD).matcher(w).matches()) {
                return engine(pattern);
            }
            words.add(anyCase ? w.toLowerCase(Locale.ROOT) : w);
        }
        return new WordRegex(pattern, words, anyCase);
    }

    private static WordRegex engine(Pattern pattern) {
        return new WordRegex(pattern, null, false, WordGate.of(pattern));
    }

    /** The flags a list's regex has: Java counts an inline {@code (?i)} among them. */
    private static int caseFlags(boolean anyCase) {
        return anyCase ? Pattern.CASE_INSENSITIVE : 0;
    }

    /** The list inside {@code ^(...)$}, {@code ^(?:...)$}, {@code (...)} or {@code (?:...)}, or the whole source. */
    private static String unwrap(String src) {
        String s = src;
        if (s.startsWith("^") && s.endsWith("$")) {
            s = s.substring(1, s.length() - 1);
        }
        if (s.startsWith("(") && s.endsWith(")")) {
            s = s.startsWith("(?:") ? s.substring(3, s.length() - 1) : s.substring(1, s.length() - 1);
        }
        return s.indexOf('(') >= 0 || s.indexOf(')') >= 0 ? null : s;
    }

    /** Whether the regex is answered by a set look-up. */
    public boolean isList() {
        return words != null;
    }

    /**
     * A test of whole words for one caller's run: the set look-up (shared, thread-safe) or a matcher of its own
     * (a matcher is costly to make, so one serves all the words of a run, and a run stays on one thread).
     */
    public Predicate<String> tester() {
        if (words != null) {
            return this::listed;
        }
        Matcher m = pattern.matcher("");
        if (gate == null) {
            return s -> m.reset(s).matches();
        }
        return s -> gate.mayMatch(s) && m.reset(s).matches();
    }

    private boolean listed(String word) {
        if (!anyCase) {
            return words.contains(word);
        }
        for (int i = 0; i < word.length(); i++) {
            if (word.charAt(i) > 127) {
                return false;
            }
        }
        return words.contains(word.toLowerCase(Locale.ROOT));
    }

    @Override
    public String toString() {
        return "/" + pattern.pattern() + "/";
    }
}
