package org.symqa.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.symqa.RuleSet;
import org.symqa.Symqa;
import org.symqa.nlp.Annotator;
import org.symqa.nlp.CoreNlpAnnotator;
import org.symqa.nlp.OpenNlpAnnotator;
import org.symqa.nlp.Sentence;
import org.symqa.nlp.Token;
import org.symqa.resources.ResourceSource;
import org.symqa.text.RepairedText;

/**
 * How the OpenNLP backend's analysis compares with CoreNLP's on the distinct chunks of a JSONL(.gz) file, after text
 * repair: tokens (same offsets and word) and sentences (same offsets) over all chunks; Penn tags, lemmas (ignoring
 * case), NNP* and CD tags on the sentences both split alike, over the first {@code TAGGED} chunks.
 * {@code java -cp target/symqa.jar:target/test-classes org.symqa.bench.BackendDiff FILE [TAGGED]}.
 */
public final class BackendDiff {
    private BackendDiff() {
    }

    public static void main(String[] args) throws Exception {
        ResourceSource rules = ResourceSource.embedded("rules");
        ResourceSource lexicons = ResourceSource.embedded("lexicons");
        Annotator core = new CoreNlpAnnotator();
        Annotator open = OpenNlpAnnotator.load(rules, lexicons);
        Symqa symqa = new Symqa(RuleSet.load(rules, lexicons, core), core, 0);
        int tagged = args.length > 1 ? Integer.parseInt(args[1]) : 1500;
        Set<String> chunks = new LinkedHashSet<>();
        ObjectMapper json = new ObjectMapper();
        Path file = Path.of(args[0]);
        InputStream raw = Files.newInputStream(file);
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                file.toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw, StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                for (String c : symqa.reader().read(json.readTree(line).get("prompt").asText()).chunks()) {
                    chunks.add(symqa.ruleSet().repairs().apply(RepairedText.of(c)).text());
                }
            }
        }
        long[] n = new long[14]; // tokens core, equal; sentences core, open, equal; tagged tokens, tag, lemma, NNP c/o/both, CD c/o/both
        int k = 0;
        for (String text : chunks) {
            List<Sentence> a = core.split(text);
            List<Sentence> b = open.split(text);
            Map<String, String> words = new HashMap<>();
            Map<String, Sentence> bySpan = new HashMap<>();
            for (Sentence s : b) {
                bySpan.put(s.start() + ":" + s.end(), s);
                s.tokens().forEach(t -> words.put(t.start() + ":" + t.end(), t.word()));
            }
            n[3] += b.size();
            for (Sentence s : a) {
                n[2]++;
                Sentence same = bySpan.get(s.start() + ":" + s.end());
                n[4] += same != null ? 1 : 0;
                for (Token t : s.tokens()) {
                    n[0]++;
                    n[1] += t.word().equals(words.get(t.start() + ":" + t.end())) ? 1 : 0;
                }
                if (k < tagged && same != null && same.tokens().size() == s.tokens().size()) {
                    compareTags(core.tag(s).tokens(), open.tag(same).tokens(), n);
                }
            }
            k++;
        }
        System.out.printf("%d distinct chunks; tokens: CoreNLP %d, equal %d (%.2f%%); sentences: CoreNLP %d, OpenNLP %d, "
                + "equal %d (%.2f%%)%n", chunks.size(), n[0], n[1], 100.0 * n[1] / n[0], n[2], n[3], n[4], 100.0 * n[4] / n[2]);
        System.out.printf("tagged %d tokens (first %d chunks): same Penn tag %.2f%%, same lemma %.2f%%; NNP*: CoreNLP %d, "
                + "OpenNLP %d, both %d; CD: CoreNLP %d, OpenNLP %d, both %d%n", n[5], Math.min(tagged, chunks.size()),
                100.0 * n[6] / n[5], 100.0 * n[7] / n[5], n[8], n[9], n[10], n[11], n[12], n[13]);
    }

    private static void compareTags(List<Token> a, List<Token> b, long[] n) {
        for (int i = 0; i < a.size(); i++) {
            Token p = a.get(i);
            Token q = b.get(i);
            n[5]++;
            n[6] += p.pos().equals(q.pos()) ? 1 : 0;
            n[7] += p.lemma().equalsIgnoreCase(q.lemma()) ? 1 : 0;
            boolean np = p.pos().startsWith("NNP");
            boolean nq = q.pos().startsWith("NNP");
            n[8] += np ? 1 : 0;
            n[9] += nq ? 1 : 0;
            n[10] += np && nq ? 1 : 0;
            boolean cp = p.pos().equals("CD");
            boolean cq = q.pos().equals("CD");
            n[11] += cp ? 1 : 0;
            n[12] += cq ? 1 : 0;
            n[13] += cp && cq ? 1 : 0;
        }
    }
}
