package org.symqa.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.symqa.LoadedRules;
import org.symqa.RuleLoader;
import org.symqa.check.RulesDoc;
import org.symqa.nlp.CoreNlpAnnotator;
import org.symqa.resources.ResourceSource;
import org.symqa.resources.SourceException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code symqa rules doc}: writes the Markdown catalogue of topics, rules, lexicons and answer templates. */
@Command(name = "doc", mixinStandardHelpOptions = true,
        description = {"Writes a Markdown catalogue of the rules.",
            "The catalogue lists the topics (cq, cues), their rules (kind, file and line, conditions, examples), the "
            + "lexicons (terms, users) and the answer templates. The repository keeps it in docs/rules.md; "
            + "regenerate it with:",
            "  symqa rules doc rules -o docs/rules.md"})
final class RulesDocCommand implements Callable<Integer> {
    @Mixin
    RuleFolders folders;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE instead of standard output.")
    Path output;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        try {
            String note = folders.embeddedNote("rules doc");
            if (note != null) {
                err.println(note);
                err.flush();
            }
            List<SourceException> problems = new ArrayList<>();
            ResourceSource lexicons = folders.lexiconSource("lexicons");
            LoadedRules loaded = RuleLoader.load(folders.rulesSource("rules"), lexicons, new CoreNlpAnnotator(), problems);
            if (!problems.isEmpty()) {
                throw new CliException("the rules do not load (" + problems.get(0).getMessage()
                        + "); run 'symqa rules check' for every problem");
            }
            String doc = RulesDoc.write(loaded, lexicons);
            try (Output out = Output.open(output)) {
                out.write(doc);
            }
            return 0;
        } catch (CliException e) {
            err.println("symqa rules doc: " + e.getMessage());
        } catch (SourceException e) {
            err.println("symqa rules doc: rule file error: " + e.getMessage());
        } catch (Output.OutputException e) {
            err.println("symqa rules doc: " + e.getMessage());
            err.flush();
            return Output.OutputException.EXIT;
        }
        err.flush();
        return 1;
    }
}
