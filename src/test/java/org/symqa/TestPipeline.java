package org.symqa;

import java.nio.file.Path;
import org.symqa.nlp.CoreNlpAnnotator;
import org.symqa.resources.ResourceSource;
import org.symqa.resources.SourceException;

/**
 * One pipeline on the repository's own rules and lexicons, shared by the tests (the tagger loads once). Under
 * mutation testing ({@code -Dsymqa.test.freshPipeline=true}, set by the {@code pit} profile) each test class gets a
 * fresh one ({@link FreshPipelineExtension} calls {@link #reset} before it runs), so that rules compiled or chunks
 * cached while one mutant was in place never serve the next: PIT runs a mutant's tests class by class.
 */
public final class TestPipeline {
    private static Symqa instance;

    private TestPipeline() {
    }

    /** The shared pipeline. */
    public static synchronized Symqa get() {
        if (instance == null) {
            try {
                CoreNlpAnnotator annotator = annotator();
                instance = new Symqa(RuleSet.load(ResourceSource.directory(Path.of("rules"), "rules"),
                        ResourceSource.directory(Path.of("lexicons"), "lexicons"), annotator), annotator);
            } catch (SourceException e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
        }
        return instance;
    }

    /** Under mutation testing, drops the shared pipeline so that the next test class builds its own. */
    static synchronized void reset() {
        if (Boolean.getBoolean("symqa.test.freshPipeline")) {
            instance = null;
            annotatorInstance = null;
        }
    }

    /** The section headings of the repository's lexicons, for reading papers. */
    public static org.symqa.paper.Headings headings() {
        try {
            return org.symqa.paper.Headings.from(get().ruleSet().lexicons());
        } catch (SourceException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    private static CoreNlpAnnotator annotatorInstance;

    /** The shared CoreNLP annotator. */
    public static synchronized CoreNlpAnnotator annotator() {
        if (annotatorInstance == null) {
            annotatorInstance = new CoreNlpAnnotator();
        }
        return annotatorInstance;
    }
}
