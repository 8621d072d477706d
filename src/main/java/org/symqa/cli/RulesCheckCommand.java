package org.symqa.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.symqa.RuleOrigin;
import org.symqa.check.CheckReport;
import org.symqa.check.Problem;
import org.symqa.check.RuleChecker;
import org.symqa.nlp.Annotator;
import org.symqa.nlp.CoreNlpAnnotator;
import org.symqa.nlp.OpenNlpAnnotator;
import org.symqa.resources.ResourceSource;
import org.symqa.resources.SourceException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code symqa rules check}: reports every problem of the rule and lexicon files. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Checks every rule and lexicon file and prints every problem.",
            "Each problem is a line 'file:line:col: message': syntax errors, unknown lexicons or macros, duplicate "
            + "ids, failing must: and must-not: examples, rules without a must: example, unused lexicons, repeated "
            + "lexicon terms and items the tokenizer keeps from matching (\"producer's\" is cut in two; \"et al\" "
            + "misses \"et al.\"). A summary line follows, naming the rules checked (embedded, or a folder). Exit code 0 "
            + "only when there is no problem."})
final class RulesCheckCommand implements Callable<Integer> {
    @Mixin
    RuleFolders folders;

    @Option(names = "--nlp", paramLabel = "BACKEND", defaultValue = "corenlp",
            description = "NLP backend the examples are checked with: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    EngineOptions.Nlp nlp;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        try {
            ResourceSource rules = folders.rulesSource(null);
            ResourceSource lexicons = folders.lexiconSource(null);
            String note = folders.embeddedNote("rules check");
            if (note != null) {
                err.println(note);
                err.flush();
            }
            CheckReport report;
            try {
                Annotator annotator = nlp == EngineOptions.Nlp.opennlp
                        ? OpenNlpAnnotator.load(rules, lexicons) : new CoreNlpAnnotator();
                report = new RuleChecker(annotator).check(rules, lexicons);
            } catch (SourceException e) {
                report = new CheckReport(0, 0, List.of(Problem.of(e)));
            }
            try (Output out = Output.open(null)) {
                for (Problem p : report.problems()) {
                    out.line(p.toString());
                }
                out.line(report.summary() + " (" + RuleOrigin.of(rules, lexicons) + ")");
            }
            return report.ok() ? 0 : 1;
        } catch (CliException e) {
            err.println("symqa rules check: " + e.getMessage());
            err.flush();
            return 2;
        } catch (Output.OutputException e) {
            err.println("symqa rules check: " + e.getMessage());
            err.flush();
            return Output.OutputException.EXIT;
        }
    }
}
