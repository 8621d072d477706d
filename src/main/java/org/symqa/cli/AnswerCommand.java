package org.symqa.cli;

import org.symqa.ResultJson;
import java.util.concurrent.Callable;
import org.symqa.explain.TraceJson;
import org.symqa.explain.Tracer;
import org.symqa.prompt.AnswerFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code symqa answer}: answers one prompt. */
@Command(name = "answer", mixinStandardHelpOptions = true,
        description = {"Answers one prompt and prints the answer.",
            "The prompt may be LangChain's stuff-QA text (as a retrieval pipeline builds it), a question followed by "
            + "context, or a JSON object {\"question\": ..., \"contexts\": [...]}. When the prompt asks for the "
            + "'Answer::: ... Answer:::' layout, the printed answer follows it."})
final class AnswerCommand implements Callable<Integer> {
    @Parameters(index = "0", arity = "0..1", defaultValue = "-", paramLabel = "FILE",
            description = "Prompt file, or - for standard input (default).")
    String file;

    @Option(names = "--json", description = "Print the result object (id, verdict, answer, topic, evidence, reason).")
    boolean json;

    @Option(names = "--timings", description = "With --json: add 'millis', the time taken (breaks byte-identical output).")
    boolean timings;

    @Option(names = "--trace", description = "Print the result object with a 'trace' field: the path of the prompt "
            + "through every stage and a digest of the rule files (see docs/trace.md). Implies --json.")
    boolean trace;

    @Mixin
    EngineOptions engine;

    @Mixin
    ItemLimits limits;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        return OnePrompt.run("symqa answer", file, engine, limits, null, spec.commandLine().getErr(), (symqa, r, millis) -> {
            if (json || trace) {
                var o = ResultJson.of(null, r, timings ? millis : -1);
                if (trace) {
                    o.set("trace", TraceJson.of(new Tracer(symqa).trace(r)));
                }
                return ResultJson.pretty(o) + "\n";
            } else if (r.prompt().format() == AnswerFormat.ANSWER_BLOCK) {
                return "Answer:::\nAnswer: " + r.answer().text() + "\n\nAnswer:::\n";
            }
            return r.answer().text() + "\n";
        });
    }
}
