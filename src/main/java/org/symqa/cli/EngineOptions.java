package org.symqa.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.symqa.Symqa;
import org.symqa.nlp.CoreNlpAnnotator;
import org.symqa.resources.ResourceSource;
import org.symqa.resources.SourceException;
import picocli.CommandLine.Option;

/** Options shared by the commands that answer: where rules and lexicons come from. */
final class EngineOptions {
    @Option(names = "--rules", paramLabel = "DIR",
            description = "Folder of rule files to use instead of the embedded ones (topics.rules, evidence/, ...).")
    Path rules;

    @Option(names = "--lexicons", paramLabel = "DIR",
            description = "Folder of lexicon files (NAME.txt) to use instead of the embedded ones.")
    Path lexicons;

    @Option(names = "--max-sentence-tokens", paramLabel = "N",
            description = "Most tokens in a sentence; a longer one is split before tagging (default: 500).")
    int maxSentenceTokens = CoreNlpAnnotator.DEFAULT_MAX_SENTENCE_TOKENS;

    /** Loads the rules and builds the pipeline. */
    Symqa build() throws SourceException, CliException {
        ResourceSource r = source(rules, "rules", "--rules");
        ResourceSource l = source(lexicons, "lexicons", "--lexicons");
        if (maxSentenceTokens < 1) {
            throw new CliException("--max-sentence-tokens must be at least 1");
        }
        return Symqa.load(r, l, maxSentenceTokens);
    }

    /** Where lexicons come from: the {@code --lexicons} folder, or the embedded ones. */
    ResourceSource lexiconSource() throws CliException {
        return source(lexicons, "lexicons", "--lexicons");
    }

    private static ResourceSource source(Path dir, String name, String flag) throws CliException {
        if (dir == null) {
            return ResourceSource.embedded(name);
        }
        if (!Files.isDirectory(dir)) {
            throw new CliException(flag + " " + dir + ": not a folder");
        }
        return ResourceSource.directory(dir, dir.toString());
    }
}
