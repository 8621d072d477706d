package org.symqa.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.symqa.LoadedRules;
import org.symqa.RuleLoader;
import org.symqa.TestPipeline;
import org.symqa.resources.SourceException;
import org.symqa.resources.ResourceSource;

/**
 * docs/rules.md is the catalogue of the repository's rules as they stand: regenerated, it must not change. Run
 * with {@code -Dsymqa.updateDocs=true} to rewrite it.
 */
class RulesDocTest {
    private static final Path DOC = Path.of("docs", "rules.md");

    private static String generate() throws Exception {
        List<SourceException> problems = new ArrayList<>();
        ResourceSource lexicons = ResourceSource.directory(Path.of("lexicons"), "lexicons");
        LoadedRules loaded = RuleLoader.load(ResourceSource.directory(Path.of("rules"), "rules"), lexicons,
                TestPipeline.annotator(), problems);
        assertEquals(List.of(), problems);
        return RulesDoc.write(loaded, lexicons);
    }

    @Test
    void docsRulesMdIsCurrent() throws Exception {
        String fresh = generate();
        if (Boolean.getBoolean("symqa.updateDocs")) {
            Files.writeString(DOC, fresh, StandardCharsets.UTF_8);
        }
        String committed = Files.exists(DOC) ? Files.readString(DOC, StandardCharsets.UTF_8) : "";
        assertTrue(fresh.equals(committed), DOC + " is not current with rules/ and lexicons/: regenerate it with\n  "
                + RulesDoc.REGENERATE + "\n(after mvn -q -DskipTests package), or with "
                + "mvn -q test -Dtest=RulesDocTest -Dsymqa.updateDocs=true, and commit it");
    }

    @Test
    void generatingTwiceGivesTheSameBytes() throws Exception {
        assertEquals(generate(), generate());
    }

    @Test
    void catalogueNamesTopicsRulesLexiconsAndTemplates() throws Exception {
        String doc = generate();
        assertTrue(doc.contains("### topic hardware\n\nCQ20, `rules/topics.rules:"), "topic section");
        assertTrue(doc.contains("#### hardware.device\n\n- kind: direct, `rules/evidence/hardware.rules:"), "rule section");
        assertTrue(doc.contains("| `hardware-device` | "), "lexicon row");
        assertTrue(doc.contains("| `answered` | `${found}: ${facts}.` |"), "template row");
        assertTrue(doc.contains("- not: `/[12][09][0-9][0-9][a-z]?/ | should | could | might | may`\n"
                + "- unless: `@own-work-cue`\n"), "an unless: line under the not: line it waives");
    }
}
