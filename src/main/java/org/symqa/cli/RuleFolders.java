package org.symqa.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.symqa.resources.ResourceSource;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The rules folder and lexicon folder that {@code symqa rules check|doc} work on, by the same rule as the answering
 * commands ({@link RuleSources}): {@code DIR}, else the embedded rules; {@code --lexicons}, else the
 * {@code lexicons} folder beside {@code DIR}, else the embedded lexicons.
 */
final class RuleFolders {
    @Parameters(index = "0", arity = "0..1", paramLabel = "DIR", description = RuleSources.RULES_HELP
            + " Give the folder to check your edits: symqa rules check rules")
    Path rules;

    @Option(names = "--lexicons", paramLabel = "DIR", description = RuleSources.LEXICONS_HELP)
    Path lexicons;

    /** The rules folder, or null for the embedded rules. */
    Path rulesDir() throws CliException {
        return RuleSources.rulesDir(rules, "");
    }

    /** The lexicon folder, or null for the embedded lexicons. */
    Path lexiconDir() throws CliException {
        return RuleSources.lexiconDir(rulesDir(), lexicons, "--lexicons ");
    }

    /**
     * A note for a rule writer who runs {@code rules check} without a folder inside a checkout: the embedded rules
     * are checked, not the {@code ./rules} folder beside; null when there is nothing to say.
     */
    String embeddedNote(String command) {
        if (rules != null || !Files.isDirectory(Path.of("rules"))) {
            return null;
        }
        return "symqa " + command + ": note: using the rules embedded in the jar, not ./rules (for those: symqa "
                + command + " rules)";
    }

    /** The rules source; files are named {@code LABEL/...} in messages (the folder as given when labels is null). */
    ResourceSource rulesSource(String label) throws CliException {
        return RuleSources.source(rulesDir(), "rules", label);
    }

    /** The lexicon source, named like {@link #rulesSource}. */
    ResourceSource lexiconSource(String label) throws CliException {
        return RuleSources.source(lexiconDir(), "lexicons", label);
    }
}
