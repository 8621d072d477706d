package org.symqa.answer;

import java.util.Map;
import org.apache.commons.text.StringSubstitutor;
import org.symqa.resources.KeyValueFile;
import org.symqa.resources.SourceException;

/** The answer templates of {@code rules/answers.txt}, filled with Apache Commons Text. */
public final class Templates {
    private static final String[] REQUIRED = {"answered", "answered-without-facts", "evidence-intro", "evidence-item",
        "partial", "no-information", "no-context", "examples", "fact", "list-and", "list-or", "negated-one", "negated-many",
        "about", "max-direct", "max-related", "max-facts", "context-sentences", "general-answered", "general-yes",
        "general-no", "general-unsettled", "general-context-sentences"};

    private final KeyValueFile file;

    private Templates(KeyValueFile file) {
        this.file = file;
    }

    /** Checks that every template is there. */
    public static Templates from(KeyValueFile file) throws SourceException {
        for (String key : REQUIRED) {
            file.require(key);
        }
        for (String key : new String[] {"max-direct", "max-related", "max-facts", "context-sentences",
            "general-context-sentences"}) {
            KeyValueFile.Entry e = file.require(key);
            if (!e.value().matches("\\d{1,3}")) {
                throw new SourceException(file.name(), e.line(), key.length() + 3, key + " is not a number: " + e.value());
            }
        }
        return new Templates(file);
    }

    /** Fills a template; unknown variables stay as written. */
    public String fill(String key, Map<String, String> values) {
        String template = file.find(key).orElseThrow().value();
        return new StringSubstitutor(values).setDisableSubstitutionInValues(true).replace(template);
    }

    /** True when the file has this key (a topic's own template, {@code answered.hardware}, is optional). */
    public boolean has(String key) {
        return file.find(key).isPresent();
    }

    /** A template's raw text. */
    public String raw(String key) {
        return file.find(key).orElseThrow().value();
    }

    /** A numeric setting. */
    public int number(String key) {
        return Integer.parseInt(raw(key));
    }

    /** {@code file:line} of a template, for explanations. */
    public String location(String key) {
        return file.name() + ":" + file.find(key).orElseThrow().line();
    }
}
