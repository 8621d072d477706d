package org.symqa.cli;

import java.nio.file.Path;
import org.symqa.Symqa;
import org.symqa.nlp.Annotator;
import org.symqa.nlp.CoreNlpAnnotator;
import org.symqa.nlp.OpenNlpAnnotator;
import org.symqa.resources.ResourceSource;
import org.symqa.resources.SourceException;
import picocli.CommandLine.Option;

/**
 * Options shared by the commands that answer: where rules and lexicons come from ({@link RuleSources}), and the NLP
 * backend.
 */
final class EngineOptions {
    /** The NLP backends. */
    enum Nlp { corenlp, opennlp }

    @Option(names = "--rules", paramLabel = "DIR", description = RuleSources.RULES_HELP)
    Path rules;

    @Option(names = "--lexicons", paramLabel = "DIR", description = RuleSources.LEXICONS_HELP)
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
        ResourceSource r = ruleSource();
        ResourceSource l = lexiconSource();
        if (maxSentenceTokens < 1) {
            throw new CliException("--max-sentence-tokens must be at least 1");
        }
        return Symqa.load(r, l, annotator(r, l));
    }

    /** The chosen backend; the classes of the other one are never loaded. */
    private Annotator annotator(ResourceSource r, ResourceSource l) throws SourceException {
        if (nlp == Nlp.opennlp) {
            return OpenNlpAnnotator.load(r, l);
        }
        return new CoreNlpAnnotator(maxSentenceTokens);
    }

    /** Where rules come from: the {@code --rules} folder, or the embedded ones. */
    ResourceSource ruleSource() throws CliException {
        return RuleSources.source(RuleSources.rulesDir(rules, "--rules "), "rules", null);
    }

    /** Where lexicons come from: the {@code --lexicons} folder, the one beside {@code --rules}, or the embedded ones. */
    ResourceSource lexiconSource() throws CliException {
        Path dir = RuleSources.lexiconDir(RuleSources.rulesDir(rules, "--rules "), lexicons, "--lexicons ");
        return RuleSources.source(dir, "lexicons", null);
    }
}
