package org.symqa.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.symqa.resources.ResourceSource;

/**
 * The one rule for where every command takes its rules and lexicons from. Rules: the folder named, else the copies
 * embedded in the jar, wherever the command runs (a {@code ./rules} folder is never picked up unasked, so the same
 * command gives the same answer in any folder). Lexicons: the folder named, else the {@code lexicons} folder beside
 * a named rules folder ({@code DIR/../lexicons}) when there is one, else the embedded lexicons.
 */
final class RuleSources {
    /** The help text of a rules folder option or parameter. */
    static final String RULES_HELP = "Folder of rule files (topics.rules, evidence/, ...). Default: the rules "
            + "embedded in the jar, wherever symqa runs.";
    /** The help text of a lexicon folder option. */
    static final String LEXICONS_HELP = "Folder of lexicon files (NAME.txt). Default: the 'lexicons' folder beside "
            + "the rules folder when rules come from a folder and it has one, else the embedded lexicons.";

    private RuleSources() {
    }

    /** The rules folder named (checked to be a folder), or null for the embedded rules. */
    static Path rulesDir(Path rules, String flag) throws CliException {
        return checked(rules, flag);
    }

    /** The lexicon folder: the one named, else {@code lexicons} beside the rules folder, else null (embedded). */
    static Path lexiconDir(Path rulesDir, Path lexicons, String flag) throws CliException {
        if (lexicons != null) {
            return checked(lexicons, flag);
        }
        if (rulesDir == null) {
            return null;
        }
        Path parent = rulesDir.toAbsolutePath().normalize().getParent();
        if (parent == null || !Files.isDirectory(parent.resolve("lexicons"))) {
            return null;
        }
        Path here = Path.of("").toAbsolutePath();
        return rulesDir.isAbsolute() ? parent.resolve("lexicons") : here.relativize(parent.resolve("lexicons"));
    }

    /** The source of a folder, named {@code label} in messages (the folder as given when label is null). */
    static ResourceSource source(Path dir, String embedded, String label) {
        return dir == null ? ResourceSource.embedded(embedded)
                : ResourceSource.directory(dir, label == null ? dir.toString() : label);
    }

    private static Path checked(Path dir, String flag) throws CliException {
        if (dir != null && !Files.isDirectory(dir)) {
            throw new CliException(flag + dir + ": not a folder");
        }
        return dir;
    }
}
