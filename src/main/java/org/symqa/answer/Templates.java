package org.symqa.answer;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.apache.commons.text.StringSubstitutor;
import org.symqa.resources.KeyValueFile;
import org.symqa.resources.SourceException;

/**
 * The answer templates of {@code rules/answers.txt}, filled with Apache Commons Text. Reading the file checks it
 * as strictly as a rule file: every key known and present once, every {@code ${variable}} one that its template is
 * filled with, numbers in range, the question-examples pattern valid.
 */
public final class Templates {
    private static final Set<String> LEAD = Set.of("found", "missing", "examples", "question", "about");
    private static final Set<String> ANSWERED_LEAD = Set.of("found", "missing", "examples", "question", "facts");
    /** Each template and the variables it is filled with. */
    private static final Map<String, Set<String>> VARIABLES = variables();
    private static final List<String> NUMBERS = List.of("max-direct", "max-related", "max-facts", "context-sentences",
            "max-related-unanswered", "context-sentences-unanswered", "general-context-sentences", "min-quote-words",
            "max-facts-near");
    /** A topic's own answer lead: {@code answered.TOPIC}. */
    public static final String TOPIC_ANSWER = "answered.";
    /** The pattern that finds a question's own examples; group 1 is the list. */
    public static final String EXAMPLES_PATTERN = "examples-in-question";

    private final KeyValueFile file;
    private final Pattern examples;

    private Templates(KeyValueFile file, Pattern examples) {
        this.file = file;
        this.examples = examples;
    }

    private static Map<String, Set<String>> variables() {
        Map<String, Set<String>> v = new LinkedHashMap<>();
        v.put("answered", ANSWERED_LEAD);
        v.put("answered-without-facts", ANSWERED_LEAD);
        v.put("evidence-intro", ANSWERED_LEAD);
        v.put("evidence-item", Set.of("chunk", "text"));
        v.put("partial", LEAD);
        v.put("no-information", LEAD);
        v.put("no-context", LEAD);
        v.put("examples", Set.of("list"));
        v.put("fact", Set.of("fact", "chunk"));
        v.put("list-and", Set.of());
        v.put("list-or", Set.of());
        v.put("roles-before", Set.of());
        v.put("values-apart", Set.of());
        v.put("negated-one", Set.of("facts"));
        v.put("negated-many", Set.of("facts"));
        v.put("about-sections", Set.of("sections"));
        v.put("section", Set.of("headings", "chunk"));
        v.put("sections", Set.of("headings", "chunk"));
        v.put("heading", Set.of("heading"));
        v.put("chunk", Set.of("chunk"));
        v.put("about-references-one", Set.of("chunks"));
        v.put("about-references-many", Set.of("chunks"));
        v.put("about", Set.of("terms"));
        v.put("about-no-deep-learning", Set.of("terms"));
        v.put("about-nothing-deep", Set.of());
        v.put("about-quote", Set.of("text", "chunk"));
        v.put("about-near", Set.of("near"));
        v.put("general-answered", Set.of("answer", "chunk"));
        v.put("general-yes", Set.of("chunk"));
        v.put("general-no", Set.of("chunk"));
        v.put("general-unsettled", Set.of("chunk"));
        return v;
    }

    /** Reads and checks the templates; the first problem is thrown. */
    public static Templates from(KeyValueFile file) throws SourceException {
        List<SourceException> errors = new ArrayList<>();
        Templates t = from(file, errors);
        if (!errors.isEmpty()) {
            throw errors.get(0);
        }
        return t;
    }

    /** Reads and checks the templates, adding every problem to {@code errors}; null when there is one. */
    public static Templates from(KeyValueFile file, Collection<SourceException> errors) {
        return from(file, null, errors);
    }

    /**
     * Reads and checks the templates, adding every problem to {@code errors}; null when there is one. A topic's own
     * lead ({@code answered.TOPIC}) must name one of {@code topics} (any topic when null).
     */
    public static Templates from(KeyValueFile file, Collection<String> topics, Collection<SourceException> errors) {
        int before = errors.size();
        List<String> keys = new ArrayList<>(VARIABLES.keySet());
        keys.addAll(NUMBERS);
        keys.add(EXAMPLES_PATTERN);
        List<String> known = new ArrayList<>(keys);
        for (KeyValueFile.Entry e : file.entries()) {
            if (e.key().startsWith(TOPIC_ANSWER)) {
                String topic = e.key().substring(TOPIC_ANSWER.length());
                if (topics == null || topics.contains(topic)) {
                    known.add(e.key());
                } else if (!known.contains(e.key())) {
                    known.add(e.key());
                    errors.add(new SourceException(file.name(), e.line(), 1, "'" + e.key() + "' names no topic of "
                            + "topics.rules (" + String.join(", ", topics) + ")"));
                }
            } else if (e.key().startsWith(NearTopics.PREFIX)) {
                known.add(e.key());
                NearTopics.check(file, e, topics, errors);
            }
        }
        file.checkKeys(known, List.of(), errors);
        file.checkPresent(keys, errors);
        for (KeyValueFile.Entry e : file.entries()) {
            Set<String> allowed = e.key().startsWith(TOPIC_ANSWER) ? ANSWERED_LEAD : VARIABLES.get(e.key());
            if (allowed != null) {
                checkVariables(file, e, allowed, errors);
            } else if (NUMBERS.contains(e.key())) {
                file.number(e, 0, 999, errors);
            }
        }
        Pattern examples = null;
        KeyValueFile.Entry p = file.find(EXAMPLES_PATTERN).orElse(null);
        if (p != null) {
            try {
                examples = Pattern.compile(p.value());
                if (examples.matcher("").groupCount() < 1) {
                    errors.add(new SourceException(file.name(), p.line(), p.column(),
                            EXAMPLES_PATTERN + " needs a group (...) around the list of examples"));
                }
            } catch (PatternSyntaxException ex) {
                errors.add(new SourceException(file.name(), p.line(), p.column() + Math.max(0, ex.getIndex()),
                        "bad pattern for " + EXAMPLES_PATTERN + ": " + ex.getDescription()));
            }
        }
        return errors.size() == before ? new Templates(file, examples) : null;
    }

    /** Reports each {@code ${name}} of a template that it is not filled with, and each unclosed {@code ${}. */
    private static void checkVariables(KeyValueFile file, KeyValueFile.Entry e, Set<String> allowed,
                                       Collection<SourceException> errors) {
        String v = e.value();
        for (int i = v.indexOf("${"); i >= 0; i = v.indexOf("${", i + 2)) {
            if (i > 0 && v.charAt(i - 1) == '$') {
                continue; // $${x} is an escaped, literal ${x}
            }
            int close = v.indexOf('}', i);
            if (close < 0) {
                errors.add(new SourceException(file.name(), e.line(), e.column() + i, "unclosed '${' in template " + e.key()));
                return;
            }
            String name = v.substring(i + 2, close);
            int dflt = name.indexOf(":-");
            if (dflt >= 0) {
                name = name.substring(0, dflt);
            }
            if (!allowed.contains(name)) {
                errors.add(new SourceException(file.name(), e.line(), e.column() + i, "unknown variable ${" + name
                        + "} in template " + e.key() + (allowed.isEmpty() ? " (it takes none)"
                        : " (it takes " + String.join(", ", allowed.stream().sorted().map(x -> "${" + x + "}").toList()) + ")")));
            }
        }
    }

    /** Fills a template. */
    public String fill(String key, Map<String, String> values) {
        String template = file.find(key).orElseThrow().value();
        return new StringSubstitutor(values).setDisableSubstitutionInValues(true).replace(template);
    }

    /** True when the file has this key (a topic's own template, {@code answered.hardware}, is optional). */
    public boolean has(String key) {
        return file.find(key).isPresent();
    }

    /** {@code key.TOPIC} when the file has that topic's own template ({@code answered.hardware}), else {@code key}. */
    public String forTopic(String key, String topic) {
        return has(key + "." + topic) ? key + "." + topic : key;
    }

    /** A template's raw text. */
    public String raw(String key) {
        return file.find(key).orElseThrow().value();
    }

    /** A numeric setting. */
    public int number(String key) {
        return Integer.parseInt(raw(key));
    }

    /** The near topics of a topic ({@code near.TOPIC}), in file order; none when it has no line. */
    public List<String> near(String topic) {
        return NearTopics.of(file, topic);
    }

    /** The pattern that finds the question's own examples (group 1: the list). */
    public Pattern examples() {
        return examples;
    }

    /** {@code file:line} of a template, for explanations. */
    public String location(String key) {
        return file.name() + ":" + file.find(key).orElseThrow().line();
    }
}
