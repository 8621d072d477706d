// scripts/TagCount.java: how many sentences reach the tagger, and how many tagged sentences a rule matches.
// usage: java -Xmx1g -cp target/symqa.jar scripts/TagCount.java GOLD.jsonl[.gz]   (one thread; BENCHMARKS.md, fifteenth session)
import org.symqa.Symqa;
import org.symqa.nlp.*;
import org.symqa.resources.ResourceSource;
import org.symqa.prompt.*;
import org.symqa.Result;
import org.symqa.evidence.*;
import java.nio.file.*;
import java.util.*;
import java.util.zip.GZIPInputStream;
import java.io.*;
import java.util.concurrent.atomic.AtomicLong;

public class TagCount {
    static AtomicLong backendTags = new AtomicLong();
    public static void main(String[] a) throws Exception {
        CoreNlpAnnotator core = new CoreNlpAnnotator(500);
        Annotator counting = new Annotator() {
            public List<Sentence> split(String t) { return core.split(t); }
            public Sentence tag(Sentence s) { backendTags.incrementAndGet(); return core.tag(s); }
            public List<String> possibleLemmas(String w) { return core.possibleLemmas(w); }
            public List<String> tokenize(String t) { return core.tokenize(t); }
            public java.util.Map<String,String> dataFiles() { return core.dataFiles(); }
            public void preload() { core.preload(); }
            public void awaitModels() { core.awaitModels(); }
        };
        Symqa symqa = Symqa.load(ResourceSource.embedded("rules"), ResourceSource.embedded("lexicons"), counting);
        BufferedReader in = new BufferedReader(new InputStreamReader(a[0].endsWith(".gz") ? new GZIPInputStream(new FileInputStream(a[0])) : new FileInputStream(a[0])));
        long prompts = 0, sentences = 0, loggedTagged = 0, matchedSent = 0;
        String line;
        while ((line = in.readLine()) != null) {
            if (line.isBlank()) continue;
            Prompt p = symqa.reader().readJson(JsonInput.parseObject(line));
            Result r = symqa.answer(p);
            prompts++;
            var log = r.finding().log();
            loggedTagged += log.tagged().size();
            Set<String> m = new HashSet<>();
            for (Evidence e : log.matches()) m.add(e.chunk() + ":" + e.start());
            matchedSent += m.size();
        }
        System.out.printf("prompts %d, backend tag calls %d, logged tagged %d, matched sentences %d%n", prompts, backendTags.get(), loggedTagged, matchedSent);
    }
}
