package org.symqa.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.symqa.resources.ResourceSource;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The rules folder and lexicon folder that {@code symqa rules} works on: {@code DIR} (default {@code ./rules} when
 * it exists, else the embedded rules) and {@code --lexicons} (default the {@code lexicons} folder beside the rules
 * folder, else the embedded lexicons).
 */
final class RuleFolders {
    @Parameters(index = "0", arity = "0..1", paramLabel = "DIR",
            description = "Rules folder (topics.rules, evidence/, ...); default ./rules when it exists, else the embedded rules.")
    Path rules;

    @Option(names = "--lexicons", paramLabel = "DIR",
            description = "Lexicon folder; default the 'lexicons' folder beside the rules folder, else the embedded lexicons.")
    Path lexicons;

    /** The rules folder, or null for the embedded rules. */
    Path rulesDir() throws CliException {
        if (rules != null) {
            if (!Files.isDirectory(rules)) {
                throw new CliException(rules + ": not a folder");
            }
            return rules;
        }
        Path here = Path.of("rules");
        return Files.isDirectory(here) ? here : null;
    }

    /** The lexicon folder, or null for the embedded lexicons. */
    Path lexiconDir() throws CliException {
        if (lexicons != null) {
            if (!Files.isDirectory(lexicons)) {
                throw new CliException("--lexicons " + lexicons + ": not a folder");
            }
            return lexicons;
        }
        Path dir = rulesDir();
        if (dir == null) {
            return null;
        }
        Path parent = dir.toAbsolutePath().normalize().getParent();
        Path sibling = dir.resolveSibling("lexicons");
        return parent != null && Files.isDirectory(parent.resolve("lexicons")) ? sibling : null;
    }

    /** The rules source; files are named {@code LABEL/...} in messages (the folder as given when labels is null). */
    ResourceSource rulesSource(String label) throws CliException {
        Path dir = rulesDir();
        return dir == null ? ResourceSource.embedded("rules") : ResourceSource.directory(dir, label == null ? dir.toString() : label);
    }

    /** The lexicon source, named like {@link #rulesSource}. */
    ResourceSource lexiconSource(String label) throws CliException {
        Path dir = lexiconDir();
        return dir == null ? ResourceSource.embedded("lexicons") : ResourceSource.directory(dir, label == null ? dir.toString() : label);
    }
}
