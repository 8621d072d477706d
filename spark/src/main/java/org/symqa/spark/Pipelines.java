package org.symqa.spark;

import org.symqa.Symqa;
import org.symqa.batch.LineAnswerer;
import org.symqa.batch.PaperRows;
import org.symqa.resources.SourceException;

/**
 * One pipeline per JVM: built lazily by the first task of an executor that needs it, then shared by all its task
 * threads and reused across partitions and stages (the pipeline is thread-safe). Loading the rules and the tagger
 * model takes seconds; a partition takes longer only when it is the first on its executor.
 */
final class Pipelines {
    private static Settings built;
    private static Symqa symqa;
    private static LineAnswerer lines;
    private static PaperRows papers;

    private Pipelines() {
    }

    /** The line answerer of these settings. */
    static synchronized LineAnswerer lines(Settings settings) {
        ensure(settings);
        if (lines == null) {
            lines = settings.lines(symqa);
        }
        return lines;
    }

    /** The paper answerer of these settings. */
    static synchronized PaperRows papers(Settings settings) {
        ensure(settings);
        if (papers == null) {
            try {
                papers = settings.papers(symqa);
            } catch (SourceException e) {
                throw new IllegalStateException("symqa-spark: rule file error: " + e.getMessage(), e);
            }
        }
        return papers;
    }

    private static void ensure(Settings settings) {
        if (settings.equals(built)) {
            return;
        }
        try {
            symqa = settings.load();
        } catch (SourceException e) {
            throw new IllegalStateException("symqa-spark: rule file error: " + e.getMessage(), e);
        }
        built = settings;
        lines = null;
        papers = null;
    }
}
