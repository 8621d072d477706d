package org.symqa.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.symqa.RuleOrigin;
import org.symqa.check.CheckReport;
import org.symqa.check.Problem;
import org.symqa.check.RuleChecker;
import org.symqa.nlp.CoreNlpAnnotator;
import org.symqa.resources.ResourceSource;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/** {@code symqa rules check}: reports every problem of the rule and lexicon files. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Checks every rule and lexicon file and prints every problem.",
            "Each problem is a line 'file:line:col: message': syntax errors, unknown lexicons or macros, duplicate "
            + "ids, failing must: and must-not: examples, rules without a must: example, unused lexicons and repeated "
            + "lexicon terms. A summary line follows, naming the rules checked (embedded, or a folder). Exit code 0 "
            + "only when there is no problem."})
final class RulesCheckCommand implements Callable<Integer> {
    @Mixin
    RuleFolders folders;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try {
            ResourceSource rules = folders.rulesSource(null);
            ResourceSource lexicons = folders.lexiconSource(null);
            String note = folders.embeddedNote("rules check");
            if (note != null) {
                spec.commandLine().getErr().println(note);
                spec.commandLine().getErr().flush();
            }
            CheckReport report = new RuleChecker(new CoreNlpAnnotator()).check(rules, lexicons);
            for (Problem p : report.problems()) {
                out.println(p);
            }
            out.println(report.summary() + " (" + RuleOrigin.of(rules, lexicons) + ")");
            out.flush();
            return report.ok() ? 0 : 1;
        } catch (CliException e) {
            PrintWriter err = spec.commandLine().getErr();
            err.println("symqa rules check: " + e.getMessage());
            err.flush();
            return 2;
        }
    }
}
