package org.symqa.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An example sentence of a rule, topic or frame ({@code must:}/{@code must-not:}), with the roles it must yield
 * when written as {@code SENTENCE => role=value; role=value}; {@code role@anchor=value} says the role qualifies the
 * anchor of those words ({@code share@validation=20 %}), and {@code role=} that the role is not found.
 *
 * @param text     the sentence
 * @param line     its line
 * @param expected the roles it must yield (role, or role@anchor words -> words of the value, as the tokens read,
 *                 joined by spaces)
 */
public record Example(String text, int line, Map<String, String> expected) {
    /** What separates the sentence from its expected roles. */
    public static final String ARROW = " => ";

    public Example {
        Objects.requireNonNull(text, "text");
        expected = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(expected));
    }

    /** An example without expected roles. */
    public Example(String text, int line) {
        this(text, line, Map.of());
    }

    /** Reads {@code SENTENCE} or {@code SENTENCE => role=value; ...}; null when a role part has no '='. */
    public static Example parse(String value, int line) {
        int arrow = value.lastIndexOf(ARROW);
        if (arrow < 0) {
            return new Example(value, line);
        }
        Map<String, String> roles = new LinkedHashMap<>();
        for (String part : value.substring(arrow + ARROW.length()).split(";")) {
            int eq = part.indexOf('=');
            if (eq <= 0) {
                return null;
            }
            roles.put(part.substring(0, eq).strip(), part.substring(eq + 1).strip());
        }
        return new Example(value.substring(0, arrow).strip(), line, roles);
    }

    /**
     * The expected roles that the mentions do not yield, as {@code role=value (got ...)} messages; a role expected
     * empty ({@code value=}) must not be found at all.
     */
    public List<String> missingRoles(SentenceView s, List<Mention> mentions) {
        Map<String, List<String>> got = new LinkedHashMap<>();
        collect(s, mentions, got);
        List<String> wrong = new ArrayList<>();
        expected.forEach((role, want) -> {
            List<String> values = got.getOrDefault(role, List.of());
            if (want.isEmpty()) { // "value=": the role must not be found
                if (!values.isEmpty()) {
                    wrong.add(role + "= (expected none, got " + String.join(" | ", values) + ")");
                }
            } else if (!values.contains(want)) {
                wrong.add(role + "=" + want + " (got " + (values.isEmpty() ? "none" : String.join(" | ", values)) + ")");
            }
        });
        return wrong;
    }

    private static void collect(SentenceView s, List<Mention> mentions, Map<String, List<String>> got) {
        for (Mention m : mentions) {
            if (m.role() != null) {
                got.computeIfAbsent(m.role(), k -> new ArrayList<>()).add(s.words(m.span()));
            }
            for (Mention d : m.details()) {
                if (d.role() != null) {
                    got.computeIfAbsent(d.role() + "@" + s.words(m.span()), k -> new ArrayList<>()).add(s.words(d.span()));
                }
            }
            collect(s, m.details(), got);
        }
    }
}
