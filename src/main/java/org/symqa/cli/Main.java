package org.symqa.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code symqa} command: answers RAG prompts without a language model. Every command prints the version with
 * {@code --version}; {@code symqa} (or {@code symqa rules}) without a command prints the usage and exits 2.
 */
@Command(name = "symqa", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {
            "Answers retrieval-augmented prompts (question + context chunks) by rules, without a language model.",
            "Every answer cites its evidence as [n] (n = chunk number) or says the context does not tell.",
            "",
            "Examples:",
            "  symqa answer testdata/prompts/hardware-answered.txt",
            "  symqa answer --json prompt.txt",
            "  symqa batch prompts.jsonl.gz -o results.jsonl",
            "  symqa explain --html why.html prompt.txt",
            "  symqa eval gold.jsonl -o predictions.jsonl",
            "  symqa paper papers/ --format csv -o table.csv",
            "  symqa rules check rules",
            "  symqa serve --port 8080"},
        subcommands = {AnswerCommand.class, BatchCommand.class, ExplainCommand.class, EvalCommand.class,
            PaperCommand.class, RulesCommand.class, ServeCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Callable<Integer> {
    /** The exit code of a command line that names no command, as of every usage error. */
    static final int USAGE = 2;


    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        Output.processStdout = true; // results go to file descriptor 1 directly, so that write errors are seen
        System.exit(run(args));
    }

    /** Runs the command line and returns the exit code (for tests). */
    public static int run(String... args) {
        CommandLine cl = commandLine();
        cl.setExecutionExceptionHandler((ex, line, parse) -> {
            line.getErr().println("symqa: internal error: " + ex);
            return 70;
        });
        try {
            return cl.execute(args);
        } catch (OutOfMemoryError e) { // picocli's handler sees exceptions only
            cl.getErr().println("symqa: out of memory (" + e.getMessage() + "): give the JVM a larger heap, e.g. "
                    + "JAVA_OPTS=-Xmx1g bin/symqa ...");
            cl.getErr().flush();
            return 70;
        }
    }

    /** The command tree, every command with the version provider. */
    static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        withVersion(cl);
        return cl;
    }

    /** Gives every subcommand the version provider (picocli does not pass it down). */
    private static void withVersion(CommandLine cl) {
        cl.getCommandSpec().versionProvider(new Version());
        cl.getSubcommands().values().forEach(Main::withVersion);
    }

    /** Prints the usage of a command group run without a command to standard error; the exit code for that. */
    static int usage(CommandLine.Model.CommandSpec spec) {
        spec.commandLine().usage(spec.commandLine().getErr());
        spec.commandLine().getErr().flush();
        return USAGE;
    }

    @Override
    public Integer call() {
        return usage(spec);
    }
}
