package org.symqa;

import java.util.Objects;
import org.symqa.resources.ResourceSource;

/**
 * Where a rule set was loaded from, as a person reads it in a trace: {@code embedded} (the copies inside the jar)
 * or the folder as it was named.
 *
 * @param rules    the rules folder, or {@code embedded}
 * @param lexicons the lexicon folder, or {@code embedded}
 */
public record RuleOrigin(String rules, String lexicons) {
    /** The origin of a rule set built without naming its sources. */
    public static final RuleOrigin UNKNOWN = new RuleOrigin("unknown", "unknown");

    public RuleOrigin {
        Objects.requireNonNull(rules, "rules");
        Objects.requireNonNull(lexicons, "lexicons");
    }

    /** The origin of rules read from these sources. */
    public static RuleOrigin of(ResourceSource rules, ResourceSource lexicons) {
        return new RuleOrigin(rules.origin(), lexicons.origin());
    }

    @Override
    public String toString() {
        return "rules: " + rules + ", lexicons: " + lexicons;
    }
}
