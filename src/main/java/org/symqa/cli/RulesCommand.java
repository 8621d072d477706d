package org.symqa.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code symqa rules}: tools for rule writers ({@code check}, {@code doc}, {@code suggest}). */
@Command(name = "rules", mixinStandardHelpOptions = true,
        description = {"Tools for writing rules.",
            "",
            "Examples:",
            "  symqa rules check rules",
            "  symqa rules doc rules -o docs/rules.md",
            "  symqa rules suggest preprocessing gold.jsonl.gz --rules rules"},
        subcommands = {RulesCheckCommand.class, RulesDocCommand.class, RulesSuggestCommand.class})
final class RulesCommand implements java.util.concurrent.Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        return Main.usage(spec);
    }
}
