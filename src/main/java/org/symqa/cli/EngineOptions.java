package org.symqa.cli;

import java.nio.file.Path;
import org.symqa.RuleSet;
import org.symqa.Symqa;
import org.symqa.nlp.Annotator;
import org.symqa.nlp.CoreNlpAnnotator;
import org.symqa.resources.ResourceSource;
import org.symqa.resources.SourceException;
import picocli.CommandLine.Option;

/** Options shared by the commands that answer: where rules and lexicons come from ({@link RuleSources}). */
final class EngineOptions {
    @Option(names = "--rules", paramLabel = "DIR", description = RuleSources.RULES_HELP)
    Path rules;

    @Option(names = "--lexicons", paramLabel = "DIR", description = RuleSources.LEXICONS_HELP)
    Path lexicons;

    /** Loads the rules and builds the pipeline. */
    Symqa build() throws SourceException, CliException {
        ResourceSource r = ruleSource();
        ResourceSource l = lexiconSource();
        Annotator annotator = new CoreNlpAnnotator();
        annotator.preload(); // the tagger model loads on the other core while the rules load
        return new Symqa(RuleSet.load(r, l, annotator), annotator);
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
