package org.symqa.paper;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.symqa.RuleSet;
import org.symqa.Symqa;
import org.symqa.nlp.CoreNlpAnnotator;
import org.symqa.resources.ResourceSource;

/**
 * Times {@code symqa paper} on a 20-page PDF of about 3,500 characters a page (three pages of the test paper on
 * each), all 28 questions, warm: reading the PDF, repair, annotation and every question. See
 * docs/paper-benchmark.md. Arguments: {@code [all|retrieve] [runs]}.
 */
public final class PaperBenchmark {
    private PaperBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Strategy strategy = Strategy.valueOf((args.length > 0 ? args[0] : "all").toUpperCase(Locale.ROOT));
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 15;
        List<String> source = TestPdfs.pages(Path.of("testdata/papers/seabird-colonies.txt")).subList(1, 10);
        List<String> pages = new ArrayList<>();
        for (int p = 0; p < 20; p++) {
            pages.add(String.join("\n", source.get(3 * p % 9), source.get((3 * p + 1) % 9), source.get((3 * p + 2) % 9)));
        }
        Path pdf = Files.createTempFile("symqa-bench", ".pdf");
        Files.write(pdf, TestPdfs.pdf(pages));
        CoreNlpAnnotator annotator = new CoreNlpAnnotator();
        Symqa symqa = new Symqa(RuleSet.load(ResourceSource.embedded("rules"), ResourceSource.embedded("lexicons"),
                annotator), annotator);
        List<Question> questions = Questions.canonical(ResourceSource.embedded("rules"));
        PaperAnswerer answerer = new PaperAnswerer(symqa, strategy, 4);
        Headings headings = Headings.from(symqa.ruleSet().lexicons());
        com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean)
                java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        double[] ms = new double[runs];
        double[] cpu = new double[runs];
        PaperText paper = null;
        long answered = 0;
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            long c0 = os.getProcessCpuTime();
            paper = PaperReader.read(pdf, "bench.pdf", headings);
            answered = answerer.answer(paper, questions).answeredCount();
            ms[i] = (System.nanoTime() - t0) / 1e6;
            cpu[i] = (os.getProcessCpuTime() - c0) / 1e6;
        }
        Files.delete(pdf);
        int chars = paper.pages().stream().mapToInt(p -> p.text().length()).sum();
        double[] warm = Arrays.copyOfRange(ms, runs / 3, runs);
        Arrays.sort(warm);
        double[] warmCpu = Arrays.copyOfRange(cpu, runs / 3, runs);
        Arrays.sort(warmCpu);
        System.out.printf(Locale.ROOT, "scan %s: %d pages, %d characters, %d questions (%d answered); first run %.0f ms; "
                + "warm (runs %d..%d) median %.0f ms, best %.0f ms, worst %.0f ms; process CPU time median %.0f ms; "
                + "%d cores, load average %.1f%n", strategy.cli(),
                paper.pages().size(), chars, questions.size(), answered, ms[0], runs / 3 + 1, runs,
                warm[warm.length / 2], warm[0], warm[warm.length - 1], warmCpu[warmCpu.length / 2],
                Runtime.getRuntime().availableProcessors(), os.getSystemLoadAverage());
    }
}
