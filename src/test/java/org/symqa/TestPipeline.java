package org.symqa;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.symqa.nlp.Annotator;
import org.symqa.nlp.CoreNlpAnnotator;
import org.symqa.nlp.OpenNlpAnnotator;
import org.symqa.resources.ResourceSource;
import org.symqa.resources.SourceException;

/**
 * Pipelines on the repository's own rules and lexicons, one per NLP backend, shared by the tests (each model loads
 * once). Under mutation testing ({@code -Dsymqa.test.freshPipeline=true}, set by the {@code pit} profile) each test
 * class gets fresh ones ({@link FreshPipelineExtension} calls {@link #reset} before it runs), so that rules compiled
 * or chunks cached while one mutant was in place never serve the next: PIT runs a mutant's tests class by class.
 */
public final class TestPipeline {
    /** The NLP backends, as named by {@code --nlp}. */
    public static final List<String> BACKENDS = List.of("corenlp", "opennlp");

    private static final Map<String, Symqa> PIPELINES = new HashMap<>();
    private static final Map<String, Annotator> ANNOTATORS = new HashMap<>();

    private TestPipeline() {
    }

    /** The shared pipeline on the default backend, CoreNLP. */
    public static Symqa get() {
        return get("corenlp");
    }

    /** The shared pipeline on a backend ({@code corenlp} or {@code opennlp}). */
    public static synchronized Symqa get(String nlp) {
        Symqa s = PIPELINES.get(nlp);
        if (s == null) {
            try {
                Annotator a = annotator(nlp);
                s = new Symqa(RuleSet.load(rules(), lexicons(), a), a);
            } catch (SourceException e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
            PIPELINES.put(nlp, s);
        }
        return s;
    }

    /** Under mutation testing, drops the shared pipelines so that the next test class builds its own. */
    static synchronized void reset() {
        if (Boolean.getBoolean("symqa.test.freshPipeline")) {
            PIPELINES.clear();
            ANNOTATORS.clear();
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

    /** The shared CoreNLP annotator. */
    public static CoreNlpAnnotator annotator() {
        return (CoreNlpAnnotator) annotator("corenlp");
    }

    /** The shared OpenNLP annotator, on the repository's data files. */
    public static OpenNlpAnnotator openNlp() {
        return (OpenNlpAnnotator) annotator("opennlp");
    }

    /** The shared annotator of a backend. */
    public static synchronized Annotator annotator(String nlp) {
        Annotator a = ANNOTATORS.get(nlp);
        if (a == null) {
            try {
                a = switch (nlp) {
                    case "corenlp" -> new CoreNlpAnnotator();
                    case "opennlp" -> OpenNlpAnnotator.load(rules(), lexicons());
                    default -> throw new IllegalArgumentException("no backend " + nlp);
                };
            } catch (SourceException e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
            ANNOTATORS.put(nlp, a);
        }
        return a;
    }

    private static ResourceSource rules() {
        return ResourceSource.directory(Path.of("rules"), "rules");
    }

    private static ResourceSource lexicons() {
        return ResourceSource.directory(Path.of("lexicons"), "lexicons");
    }
}
