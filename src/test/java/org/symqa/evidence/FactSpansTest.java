package org.symqa.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.symqa.Result;
import org.symqa.Symqa;
import org.symqa.TestPipeline;
import org.symqa.evidence.Verdict;
import org.symqa.nlp.Document;
import org.symqa.prompt.Prompt;

/**
 * The facts of every answer over testdata/ are spans of the prompt: each fact's text is what its chunk holds at
 * [start, end), up to the documented text repairs (hyphenation and hyphens across lines, ligatures, runs of white
 * space); an
 * answered result states at least one; none is repeated, a bare generic word, cut inside a parenthesis, or
 * overlaps another plain fact (two that grew into each other are one).
 */
class FactSpansTest {
    private final Symqa symqa = TestPipeline.get();

    private static String repaired(String s) {
        String t = Normalizer.normalize(s, Normalizer.Form.NFKC);
        t = t.replaceAll("(?<=\\p{Ll})-\\s*\\n\\s*(?=\\p{Ll})", "");
        t = t.replaceAll("(?<=[A-Za-z0-9]-)[ \\t]*\\n[ \\t]*(?=[A-Za-z0-9])", "");
        return t.replaceAll("\\s+", " ").strip();
    }

    private List<Prompt> prompts() throws Exception {
        List<Prompt> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("testdata/prompts"))) {
            for (Path p : files.sorted().toList()) {
                out.add(symqa.reader().read(Files.readString(p)));
            }
        }
        for (String l : Files.readAllLines(Path.of("testdata/negation/pairs.tsv"))) {
            String[] f = l.split("\t");
            if (!l.startsWith("#") && !l.startsWith("topic\t") && f.length == 4) {
                out.add(new Prompt("Which " + f[0].replace('-', ' ') + " was used?", List.of(f[2], f[3]), 0,
                        org.symqa.prompt.AnswerFormat.PLAIN));
            }
        }
        return out;
    }

    @Test
    void everyFactIsTheSpanItsOffsetsName() throws Exception {
        int facts = 0;
        for (Prompt p : prompts()) {
            Result r = symqa.answer(p);
            Document doc = symqa.annotate(p);
            for (Fact f : all(r.answer().facts())) {
                String chunk = doc.chunks().get(f.chunk() - 1).text().original();
                assertEquals(repaired(f.text()), repaired(chunk.substring(f.start(), f.end())), f.toString());
                facts++;
            }
        }
        assertTrue(facts > 40, "too few facts to say anything: " + facts);
    }

    @Test
    void answeredResultsStateFactsWithoutRepeatsBareWordsOrOpenParentheses() throws Exception {
        Set<String> generic = new HashSet<>();
        for (String l : Files.readAllLines(Path.of("lexicons/generic-fact.txt"))) {
            if (!l.isBlank() && !l.startsWith("#")) {
                generic.add(l.strip().toLowerCase(Locale.ROOT));
            }
        }
        for (Prompt p : prompts()) {
            Result r = symqa.answer(p);
            List<Fact> top = r.answer().facts();
            if (r.finding().verdict() == Verdict.ANSWERED && !r.topics().isGeneral()) {
                assertFalse(top.isEmpty(), r.answer().text()); // general questions: issue 15's answerer
            }
            Set<String> seen = new HashSet<>();
            for (Fact f : top) {
                for (Fact g : top) {
                    boolean plain = f.role() == null && g.role() == null;
                    assertFalse(plain && f != g && f.chunk() == g.chunk() && f.start() < g.end() && g.start() < f.end(),
                            "facts that overlap: " + f.text() + " / " + g.text() + " in " + r.answer().text());
                }
                String key = f.text().toLowerCase(Locale.ROOT);
                assertTrue(seen.add(key), "repeated fact " + f.text() + " in " + r.answer().text());
                assertFalse(generic.contains(key) || generic.contains(key.replaceAll("(?<=[a-z]{3})s$", "")),
                        "bare generic fact " + f.text() + " in " + r.answer().text());
                assertEquals(f.text().chars().filter(c -> c == '(').count(), f.text().chars().filter(c -> c == ')').count(),
                        "fact cut inside a parenthesis: " + f.text());
            }
        }
    }

    private static List<Fact> all(List<Fact> facts) {
        List<Fact> out = new ArrayList<>();
        for (Fact f : facts) {
            out.add(f);
            out.addAll(all(f.details()));
        }
        return out;
    }
}
