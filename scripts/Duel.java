// scripts/Duel.java: compares the steady CPU time of symqa jars in one JVM, so that the load of a shared machine
// falls on all of them alike. Each jar runs in its own class loader; each round, each jar answers the first N lines
// of a JSONL file on one thread with a fresh pipeline (rules, lexicons, caches; the tagger model is loaded once per
// jar), in alternating order; it prints the thread CPU time of each, a hash of the output lines (equal hashes: the
// same output), and each jar's median over the rounds after the first (JIT warm-up).
//
//   java -Xmx1g -XX:+UseParallelGC -XX:-DontCompileHugeMethods -XX:InlineSmallCode=1000 -XX:FreqInlineSize=150 \
//       scripts/Duel.java ../shared/data/kommineni-silver-dev.jsonl.gz 1500 7 base.jar target/symqa.jar
import java.io.*;
import java.lang.management.*;
import java.lang.reflect.*;
import java.net.*;
import java.nio.charset.StandardCharsets;
import java.nio.file.*;
import java.util.*;
import java.util.zip.GZIPInputStream;

public class Duel {
    public static void main(String[] a) throws Exception {
        List<byte[]> lines = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(new FileInputStream(a[0])), StandardCharsets.UTF_8))) {
            String l; int n = Integer.parseInt(a[1]);
            while ((l = r.readLine()) != null && lines.size() < n) lines.add(l.getBytes(StandardCharsets.UTF_8));
        }
        int rounds = Integer.parseInt(a[2]);
        int k = a.length - 3;
        Runner[] rs = new Runner[k];
        for (int j = 0; j < k; j++) rs[j] = new Runner(Path.of(a[3 + j]));
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        long[][] ms = new long[k][rounds];
        for (int r = 0; r < rounds; r++) {
            StringBuilder b = new StringBuilder("round " + r + ":");
            for (int jj = 0; jj < k; jj++) {
                int j = (r % 2 == 0) ? jj : k - 1 - jj;
                Object ans = rs[j].answerer();
                long c0 = mx.getCurrentThreadCpuTime();
                long h = 0;
                for (int i = 0; i < lines.size(); i++) h = h * 31 + rs[j].line(ans, i + 1, lines.get(i)).hashCode();
                ms[j][r] = (mx.getCurrentThreadCpuTime() - c0) / 1_000_000;
                b.append(String.format(" [%d] %d ms %x", j, ms[j][r], h));
            }
            System.out.println(b);
        }
        for (int j = 0; j < k; j++) {
            long[] s = Arrays.copyOfRange(ms[j], 1, rounds); Arrays.sort(s);
            System.out.printf("jar %d %s: median of rounds 1..: %d ms%n", j, a[3 + j], s[s.length / 2]);
        }
    }

    static final class Runner {
        final ClassLoader cl; final Method load, withDefaults, line, embedded; final Constructor<?> annot, inputLine;
        Runner(Path jar) throws Exception {
            cl = new URLClassLoader(new URL[] {jar.toUri().toURL()}, ClassLoader.getPlatformClassLoader());
            Class<?> symqa = cl.loadClass("org.symqa.Symqa"), rsrc = cl.loadClass("org.symqa.resources.ResourceSource"),
                ann = cl.loadClass("org.symqa.nlp.Annotator"), la = cl.loadClass("org.symqa.batch.LineAnswerer"),
                il = cl.loadClass("org.symqa.batch.InputLine");
            load = symqa.getMethod("load", rsrc, rsrc, ann);
            embedded = rsrc.getMethod("embedded", String.class);
            annot = cl.loadClass("org.symqa.nlp.CoreNlpAnnotator").getConstructor();
            withDefaults = la.getMethod("withDefaults", symqa);
            line = la.getMethod("line", il);
            inputLine = il.getConstructor(long.class, long.class, byte[].class, long.class);
        }
        Object answerer() throws Exception {
            Thread.currentThread().setContextClassLoader(cl);
            Object s = load.invoke(null, embedded.invoke(null, "rules"), embedded.invoke(null, "lexicons"), annot.newInstance());
            return withDefaults.invoke(null, s);
        }
        String line(Object ans, int n, byte[] b) throws Exception {
            return (String) line.invoke(ans, inputLine.newInstance((long) n, 0L, b, (long) b.length));
        }
    }
}
