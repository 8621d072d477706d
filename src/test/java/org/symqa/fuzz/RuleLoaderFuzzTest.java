package org.symqa.fuzz;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.symqa.RuleSet;
import org.symqa.TestPipeline;
import org.symqa.RuleLoader;
import org.symqa.resources.ResourceSource;
import org.symqa.resources.SourceException;

/**
 * The rule and lexicon loaders on any content of one file: loading for answering gives a rule set or one
 * {@link SourceException} with its file:line:col, and the collecting {@link RuleLoader} of {@code rules check} lists problems,
 * never throws. Seeds: {@code src/test/resources/org/symqa/fuzz/RuleLoaderFuzzTestInputs}.
 */
class RuleLoaderFuzzTest {
    private static final String[] FILES = {"prompt-layout.txt", "text-repair.txt", "answers.txt", "general.txt",
        "topics.rules", "evidence/hardware.rules", "questions.tsv", "lexicon:hardware-device", "lexicon:stopwords"};

    /** The input's first line picks the file ({@code text-repair.txt}, {@code lexicon:stopwords}, ...), the rest is its text. */
    @FuzzTest(maxDuration = "30m")
    void loadsOrReportsAnyRuleFile(byte[] input) {
        String text = FuzzSupport.text(input);
        int nl = text.indexOf('\n');
        String head = nl < 0 ? text : text.substring(0, nl);
        String file = java.util.Arrays.stream(FILES).filter(head::equals).findFirst()
                .orElse(FILES[Math.floorMod(head.hashCode(), FILES.length)]);
        String content = nl < 0 ? "" : text.substring(nl + 1);
        boolean lexicon = file.startsWith("lexicon:");
        String path = lexicon ? file.substring("lexicon:".length()) + ".txt" : file;
        ResourceSource rules = replacing(ResourceSource.embedded("rules"), lexicon ? null : path, content);
        ResourceSource lexicons = replacing(ResourceSource.embedded("lexicons"), lexicon ? path : null, content);
        try {
            RuleSet.load(rules, lexicons, TestPipeline.annotator());
        } catch (SourceException e) {
            assertTrue(e.line() >= 1 && e.column() >= 1 && !e.getMessage().contains("\n"), e.getMessage());
        }
        List<SourceException> problems = new ArrayList<>();
        RuleLoader.load(rules, lexicons, TestPipeline.annotator(), problems);
        for (SourceException p : problems) {
            assertTrue(p.line() >= 1 && p.column() >= 1 && !p.getMessage().contains("\n"), p.getMessage());
        }
    }

    /** The source with one file's text replaced. */
    private static ResourceSource replacing(ResourceSource inner, String path, String text) {
        Map<String, String> replaced = path == null ? Map.of() : Map.of(path, text);
        return new ResourceSource() {
            @Override
            public Optional<String> read(String relativePath) throws IOException {
                String t = replaced.get(relativePath);
                return t != null ? Optional.of(t) : inner.read(relativePath);
            }

            @Override
            public String describe(String relativePath) {
                return inner.describe(relativePath);
            }

            @Override
            public List<String> list(String folder) throws IOException {
                return inner.list(folder);
            }
        };
    }
}
