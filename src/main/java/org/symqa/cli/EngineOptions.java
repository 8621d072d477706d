package org.symqa.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.symqa.RuleSet;
import org.symqa.Symqa;
import org.symqa.nlp.Annotator;
import org.symqa.nlp.CoreNlpAnnotator;
import org.symqa.nlp.OpenNlpAnnotator;
import org.symqa.resources.ResourceSource;
import org.symqa.resources.SourceException;
import picocli.CommandLine.Option;

/** Options shared by the commands that answer: where rules and lexicons come from, and the NLP backend. */
final class EngineOptions {
    /** The NLP backends. */
    enum Nlp { corenlp, opennlp }

    @Option(names = "--rules", paramLabel = "DIR",
            description = "Folder of rule files to use instead of the embedded ones (topics.rules, evidence/, ...).")
    Path rules;

    @Option(names = "--lexicons", paramLabel = "DIR",
            description = "Folder of lexicon files (NAME.txt) to use instead of the embedded ones.")
    Path lexicons;

    @Option(names = "--max-sentence-tokens", paramLabel = "N",
            description = "Most tokens in a sentence; a longer one is split before tagging (default: 500; corenlp backend).")
    int maxSentenceTokens = CoreNlpAnnotator.DEFAULT_MAX_SENTENCE_TOKENS;

    @Option(names = "--nlp", paramLabel = "BACKEND", defaultValue = "corenlp",
            description = "NLP backend: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}). corenlp: Stanford "
                    + "CoreNLP tokenizer, tagger and morphology; opennlp: Apache OpenNLP POS model with rule-based "
                    + "tokens and lemmas (starts faster, needs less memory).")
    Nlp nlp;

    /** Loads the rules and builds the pipeline. */
    Symqa build() throws SourceException, CliException {
        ResourceSource r = source(rules, "rules", "--rules");
        ResourceSource l = source(lexicons, "lexicons", "--lexicons");
        if (maxSentenceTokens < 1) {
            throw new CliException("--max-sentence-tokens must be at least 1");
        }
        Annotator annotator = annotator(r, l);
        annotator.preload(); // the tagger model loads on the other core while the rules load
        Symqa symqa = new Symqa(RuleSet.load(r, l, annotator), annotator);
        if (nlp != Nlp.opennlp) {
            CoreNlpAnnotator.modelTags(); // every question is tagged: wait for the model here, not in the first prompt's time limit
        }
        return symqa;
    }

    /** The chosen backend; the classes of the other one are never loaded. */
    private Annotator annotator(ResourceSource r, ResourceSource l) throws SourceException {
        if (nlp == Nlp.opennlp) {
            return OpenNlpAnnotator.load(r, l);
        }
        return new CoreNlpAnnotator(maxSentenceTokens);
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
