package org.symqa.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.symqa.check.CheckReport;
import org.symqa.check.Problem;
import org.symqa.check.RuleChecker;
import org.symqa.nlp.CoreNlpAnnotator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/** {@code symqa rules check}: reports every problem of the rule and lexicon files. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Loads every rule and lexicon file and prints every problem as file:line:col: message:",
            "syntax errors, unknown lexicons or macros, duplicate ids, failing must:/must-not: examples, rules",
            "without a must: example, unused lexicons and repeated lexicon terms; then a summary line.",
            "Exit code 0 only when there is no problem."})
final class RulesCheckCommand implements Callable<Integer> {
    @Mixin
    RuleFolders folders;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        try {
            CheckReport report = new RuleChecker(new CoreNlpAnnotator())
                    .check(folders.rulesSource(null), folders.lexiconSource(null));
            try (Output out = Output.open(null)) {
                for (Problem p : report.problems()) {
                    out.line(p.toString());
                }
                out.line(report.summary());
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
