package org.symqa.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.symqa.Symqa;
import org.symqa.nlp.CoreNlpAnnotator;
import org.symqa.resources.SourceException;
import org.symqa.suggest.SuggestSettings;
import org.symqa.suggest.Suggester;
import org.symqa.suggest.SuggestionTable;
import org.symqa.suggest.Suggestions;
import org.symqa.topic.Topic;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code symqa rules suggest}: proposes terms for a topic's evidence from a labelled gold set. */
@Command(name = "suggest", mixinStandardHelpOptions = true,
        description = {"Proposes terms for a topic's evidence from a labelled gold set.",
            "Candidates are lemmas of 1 to 3 words, from the gold items that ask "
            + "its question (cq_number = the topic's cq:): context words that the Yes answers in llm_answers quote, "
            + "and context words near the terms the topic's rules look for. Ranks them by how often they stand in "
            + "answerable rather than unanswerable contexts, with counts, and names the rule item or lexicon that "
            + "already holds each. Progress goes to standard error.",
            "",
            "Example:",
            "  symqa rules suggest preprocessing silver-tune.jsonl.gz --rules rules -o out.md"})
final class RulesSuggestCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "TOPIC", description = "Topic id of rules/topics.rules, e.g. preprocessing.")
    String topicId;

    @Parameters(index = "1", paramLabel = "GOLD.jsonl[.gz]",
            description = "Gold file: lines with id, answerable, cq_number, prompt (or question and contexts), "
                    + "llm_answers and llm_categorical or human_decisions; .gz is decompressed; - for standard input.")
    String input;

    @Option(names = "--top", paramLabel = "N", description = "Show the best N candidates (default: ${DEFAULT-VALUE}).")
    int top = SuggestSettings.DEFAULTS.top();

    @Option(names = "--min-count", paramLabel = "K",
            description = "Only candidates found in at least K answerable items (default: ${DEFAULT-VALUE}).")
    int minCount = SuggestSettings.DEFAULTS.minCount();

    @Option(names = "--max-words", paramLabel = "N", description = "Longest candidate in words, 1 to 5 (default: ${DEFAULT-VALUE}).")
    int maxWords = SuggestSettings.DEFAULTS.maxWords();

    @Option(names = "--window", paramLabel = "N",
            description = "Words on each side of a rule term that count as near it (default: ${DEFAULT-VALUE}).")
    int window = SuggestSettings.DEFAULTS.window();

    @Option(names = "--prior", paramLabel = "M",
            description = "Weight of the topic's base rate in the smoothed score, in items (default: ${DEFAULT-VALUE}).")
    double prior = SuggestSettings.DEFAULTS.prior();

    @Option(names = "--term", paramLabel = "LEMMAS",
            description = "Report this term (its lemmas, as the table shows them) whatever its counts; repeat for more. "
                    + "For measuring terms already chosen.")
    List<String> terms = new java.util.ArrayList<>();

    @Option(names = "--format", paramLabel = "md|tsv", description = "Markdown report or TSV table (default: ${DEFAULT-VALUE}).")
    String format = "md";

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE instead of standard output.")
    Path output;

    @Option(names = "--quiet", description = "No progress on standard error.")
    boolean quiet;

    @Mixin
    EngineOptions engine;

    @Mixin
    StreamLimits stream;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        try {
            SuggestSettings settings = settings();
            if (!format.equals("md") && !format.equals("tsv")) {
                throw new CliException("--format must be md or tsv, not '" + format + "'");
            }
            Symqa symqa = engine.build();
            Topic topic = topic(symqa);
            Suggester suggester = new Suggester(symqa, topic, settings, new CoreNlpAnnotator()::tokenize);
            List<GoldFile.Entry> entries = GoldFile.read(input, stream, symqa.reader(), suggester::wants);
            if (entries.isEmpty()) {
                throw new CliException(GoldFile.name(input) + ": no items of topic " + topic.id()
                        + " (cq_number " + topic.cq() + ")");
            }
            int done = 0;
            for (GoldFile.Entry e : entries) {
                suggester.add(e.gold(), e.prompt());
                if (!quiet && (++done % 25 == 0 || done == entries.size())) {
                    err.printf("symqa rules suggest: %d of %d items of %s%n", done, entries.size(), topic.id());
                    err.flush();
                }
            }
            Suggestions s = suggester.suggestions();
            String source = input.equals("-") ? GoldFile.name(input) : String.valueOf(Path.of(input).getFileName());
            write(format.equals("md") ? SuggestionTable.markdown(s, source) : SuggestionTable.tsv(s));
            return 0;
        } catch (CliException e) {
            err.println("symqa rules suggest: " + e.getMessage());
        } catch (SourceException e) {
            err.println("symqa rules suggest: rule file error: " + e.getMessage());
        } catch (IOException e) {
            err.println("symqa rules suggest: " + output + ": cannot write: " + e.getMessage());
        }
        err.flush();
        return 1;
    }

    private SuggestSettings settings() throws CliException {
        try {
            java.util.Set<String> fixed = new java.util.TreeSet<>();
            terms.forEach(t -> fixed.add(t.strip().toLowerCase(java.util.Locale.ROOT).replaceAll("\\s+", " ")));
            return new SuggestSettings(maxWords, window, minCount, prior, top, fixed);
        } catch (IllegalArgumentException e) {
            throw new CliException(e.getMessage());
        }
    }

    private Topic topic(Symqa symqa) throws CliException {
        List<Topic> topics = symqa.ruleSet().topics().topics();
        return topics.stream().filter(t -> t.id().equals(topicId) && t.cq() > 0).findFirst()
                .orElseThrow(() -> new CliException("unknown topic '" + topicId + "'; topics with a cq: are "
                        + topics.stream().filter(t -> t.cq() > 0).map(Topic::id).collect(Collectors.joining(", "))));
    }

    private void write(String text) throws IOException {
        if (output == null) {
            PrintWriter out = spec.commandLine().getOut();
            out.print(text);
            out.flush();
        } else {
            Files.writeString(output, text, StandardCharsets.UTF_8);
        }
    }
}
