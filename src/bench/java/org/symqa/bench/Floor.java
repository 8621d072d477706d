package org.symqa.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.symqa.nlp.Annotator;
import org.symqa.nlp.CoreNlpAnnotator;
import org.symqa.nlp.OpenNlpAnnotator;
import org.symqa.prompt.PromptLayout;
import org.symqa.prompt.PromptReader;
import org.symqa.resources.KeyValueFile;
import org.symqa.resources.ResourceSource;

/**
 * The floor of a batch run: read the JSON lines, cut each prompt into its chunks, and split every distinct chunk
 * into sentences of tokens (tokenizer and sentence splitter of the backend, no tagging), on one thread, nothing
 * else. {@code java -cp target/symqa.jar:target/test-classes org.symqa.bench.Floor FILE.jsonl[.gz] [corenlp|opennlp]}
 * prints the time of each step (run after {@code mvn -Pbench -DskipTests test-compile}).
 */
public final class Floor {
    private Floor() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        String nlp = args.length > 1 ? args[1] : "corenlp";
        ResourceSource rules = ResourceSource.embedded("rules");
        Annotator annotator = nlp.equals("opennlp")
                ? OpenNlpAnnotator.load(rules, ResourceSource.embedded("lexicons")) : new CoreNlpAnnotator();
        PromptReader reader = new PromptReader(PromptLayout.from(
                KeyValueFile.parse("prompt-layout.txt", rules.read("prompt-layout.txt").orElseThrow())));
        ObjectMapper json = new ObjectMapper();
        long t0 = System.nanoTime();
        long parse = 0;
        long split = 0;
        int lines = 0;
        int sentences = 0;
        Set<String> seen = new HashSet<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(open(file), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                long a = System.nanoTime();
                JsonNode n = json.readTree(line);
                var prompt = reader.read(n.get("prompt").asText());
                long b = System.nanoTime();
                for (String chunk : prompt.chunks()) {
                    if (seen.add(chunk)) {
                        sentences += annotator.split(chunk).size();
                    }
                }
                parse += b - a;
                split += System.nanoTime() - b;
                lines++;
            }
        }
        long total = System.nanoTime() - t0;
        System.out.printf("%s: %d lines, %d distinct chunks, %d sentences; JSON + prompt reading %.1f s, "
                + "%s split %.1f s, total %.1f s%n", file.getFileName(), lines, seen.size(), sentences, parse / 1e9,
                nlp, split / 1e9, total / 1e9);
    }

    private static InputStream open(Path file) throws IOException {
        InputStream in = Files.newInputStream(file);
        return file.toString().endsWith(".gz") ? new GZIPInputStream(in) : in;
    }
}
