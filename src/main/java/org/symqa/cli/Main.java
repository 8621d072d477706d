package org.symqa.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code symqa} command: answers RAG prompts without a language model. */
@Command(name = "symqa", mixinStandardHelpOptions = true, version = "symqa 0.1.0",
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
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        Output.processStdout = true; // results go to file descriptor 1 directly, so that write errors are seen
        System.exit(run(args));
    }

    /** Runs the command line and returns the exit code (for tests). */
    public static int run(String... args) {
        CommandLine cl = new CommandLine(new Main());
        cl.setExecutionExceptionHandler((ex, line, parse) -> {
            line.getErr().println("symqa: internal error: " + ex);
            return 70;
        });
        return cl.execute(args);
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
