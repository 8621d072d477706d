package org.symqa.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.symqa.explain.Trace;
import org.symqa.explain.TraceHtml;
import org.symqa.explain.TraceText;
import org.symqa.explain.Tracer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code symqa explain}: shows why an answer came out as it did. */
@Command(name = "explain", mixinStandardHelpOptions = true,
        description = {"Shows why an answer came out as it did: the path of one prompt, stage by stage.",
            "The chunks after text repair (and what was repaired), sentences with tokens, lemmas and POS tags, the "
            + "topic decision and the words that decided it, every rule that fired (id, file and line, sentence), "
            + "for each rule of the topic that did not fire its nearest miss (what held, what failed, where a "
            + "pattern stopped), the verdict and its reason, and the template that wrote the answer.",
            "With --html, writes the same as one self-contained page (evidence highlighted, tags on hover)."})
final class ExplainCommand implements Callable<Integer> {
    @Parameters(index = "0", arity = "0..1", defaultValue = "-", paramLabel = "FILE",
            description = "Prompt file, or - for standard input (default).")
    String file;

    @Option(names = "--html", paramLabel = "OUT.html", description = "Write an HTML page instead of printing text.")
    Path html;

    @Mixin
    EngineOptions engine;

    @Mixin
    ItemLimits limits;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        int code = OnePrompt.run("symqa explain", file, engine, limits, html, spec.commandLine().getErr(), (symqa, r, millis) -> {
            Trace trace = new Tracer(symqa).trace(r);
            return html != null ? TraceHtml.render(trace) : TraceText.render(trace);
        });
        if (code == 0 && html != null) {
            try (Output out = Output.open(null)) {
                out.line("symqa explain: wrote " + html);
            } catch (Output.OutputException e) {
                spec.commandLine().getErr().println("symqa explain: " + e.getMessage());
                spec.commandLine().getErr().flush();
                return Output.OutputException.EXIT;
            }
        }
        return code;
    }
}
