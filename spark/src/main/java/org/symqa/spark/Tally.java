package org.symqa.spark;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.Serializable;
import java.util.Locale;
import org.apache.spark.SparkContext;
import org.apache.spark.util.LongAccumulator;

/**
 * The job's accumulators: result rows that answered, answered in part, found no information, or are errors. They are
 * counted as rows are made; the job persists the rows so that each is counted once.
 */
final class Tally implements Serializable {
    private static final long serialVersionUID = 1L;
    private final LongAccumulator answered;
    private final LongAccumulator partial;
    private final LongAccumulator noInformation;
    private final LongAccumulator errors;

    Tally(SparkContext sc) {
        answered = sc.longAccumulator("answered");
        partial = sc.longAccumulator("partial");
        noInformation = sc.longAccumulator("no_information");
        errors = sc.longAccumulator("errors");
    }

    /** Counts one result object by its verdict (or as an error). */
    void count(ObjectNode row) {
        if (row.has("error")) {
            errors.add(1);
            return;
        }
        switch (row.path("verdict").asText()) {
            case "answered" -> answered.add(1);
            case "partial" -> partial.add(1);
            default -> noInformation.add(1);
        }
    }

    long errors() {
        return errors.value();
    }

    long total() {
        return answered.value() + partial.value() + noInformation.value() + errors.value();
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%d answered, %d partial, %d no_information, %d errors", answered.value(),
                partial.value(), noInformation.value(), errors.value());
    }
}
