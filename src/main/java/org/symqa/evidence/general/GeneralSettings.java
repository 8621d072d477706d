package org.symqa.evidence.general;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.symqa.resources.KeyValueFile;
import org.symqa.resources.SourceException;
import org.symqa.rules.AnyOf;
import org.symqa.rules.BlockFile;
import org.symqa.rules.ItemParser;

/**
 * The settings for questions outside the topics: ranking weights, answering thresholds, cue and shape conditions
 * ({@code rules/general.txt}) and the question types ({@code rules/general-questions.rules}).
 *
 * @param ranking  weights of the sentence score
 * @param limits   thresholds for answering
 * @param cues     conditions on question and sentence words
 * @param shapes   what number, date and place spans are made of
 * @param types    the question types, in file order
 * @param file     the settings file's name, for locations
 * @param line     the line of {@code answer-coverage}, where the answering thresholds start
 */
public record GeneralSettings(Ranking ranking, Limits limits, Cues cues, Shapes shapes, List<QuestionType> types,
                              String file, int line) {

    /** Weights of a sentence's score. */
    public record Ranking(double bm25, double coverage, double span, double rewrite, double result, double aim,
                          double background) {
    }

    /**
     * Thresholds for answering.
     *
     * @param answerCoverage  coverage the answering sentence needs
     * @param polarCoverage   coverage the clause that decides a yes/no question needs
     * @param answerMargin    lead of the answering sentence over the next one that gives another answer
     * @param relatedCoverage coverage a related sentence needs
     * @param maxRelated      related sentences cited at most
     * @param rewriteGap      words a rewrite's "..." skips at most
     * @param typeHeadWeight  factor on the weight of the focus head of a question asking for a name or place
     *                        ("which strain", "which city"): answers often leave that word out
     */
    public record Limits(double answerCoverage, double polarCoverage, double answerMargin, double relatedCoverage,
                         int maxRelated, int rewriteGap, double typeHeadWeight) {
        public Limits {
            for (double d : new double[] {answerCoverage, polarCoverage, relatedCoverage}) {
                if (d < 0 || d > 1) {
                    throw new IllegalArgumentException("coverages must lie in [0, 1]");
                }
            }
            if (relatedCoverage > answerCoverage || maxRelated < 0 || rewriteGap < 0 || answerMargin < 0
                    || typeHeadWeight < 0 || typeHeadWeight > 1) {
                throw new IllegalArgumentException("need related-coverage <= answer-coverage, and max-related, "
                        + "rewrite-gap and answer-margin >= 0, 0 <= type-head-weight <= 1");
            }
        }
    }

    /** Conditions on words: question words to leave out, sentence cue phrases, yes/no cues. */
    public record Cues(AnyOf stopwords, AnyOf result, AnyOf aim, AnyOf negation,
                       AnyOf negationAfter, AnyOf hedge, AnyOf up, AnyOf down, AnyOf scopeBreak) {
    }

    /** What answer spans are made of. */
    public record Shapes(AnyOf number, AnyOf numberBefore, AnyOf numberAfter, AnyOf numberRange, AnyOf rangeStart,
                         AnyOf date, AnyOf placeWord, AnyOf locative, AnyOf nameJoin, AnyOf listJoin,
                         AnyOf citation) {
    }

    public GeneralSettings {
        Objects.requireNonNull(ranking, "ranking");
        Objects.requireNonNull(limits, "limits");
        Objects.requireNonNull(cues, "cues");
        Objects.requireNonNull(shapes, "shapes");
        types = List.copyOf(types);
    }

    /** {@code file:line} of the answering thresholds. */
    public String location() {
        return file + ":" + line;
    }

    /** Every condition of the settings and question types (for the lexicon catalogue). */
    public List<AnyOf> conditions() {
        List<AnyOf> out = new ArrayList<>(List.of(cues.stopwords(), cues.result(), cues.aim(),
                cues.negation(), cues.negationAfter(), cues.hedge(), cues.up(), cues.down(), cues.scopeBreak(),
                shapes.number(), shapes.numberBefore(), shapes.numberAfter(), shapes.numberRange(), shapes.rangeStart(),
                shapes.date(), shapes.placeWord(), shapes.locative(), shapes.nameJoin(), shapes.listJoin(),
                shapes.citation()));
        for (QuestionType t : types) {
            out.addAll(t.conditions());
        }
        return out;
    }

    /** Reads the settings file and the question types file. */
    public static GeneralSettings from(KeyValueFile f, BlockFile questions, ItemParser items) throws SourceException {
        Reader r = new Reader(f, items);
        Ranking ranking = new Ranking(r.number("bm25-weight"), r.number("coverage-weight"), r.number("span-weight"),
                r.number("rewrite-weight"), r.number("result-weight"), r.number("aim-weight"),
                r.number("background-weight"));
        Limits limits;
        try {
            limits = new Limits(r.number("answer-coverage"), r.number("polar-coverage"), r.number("answer-margin"),
                    r.number("related-coverage"), (int) r.number("max-related"), (int) r.number("rewrite-gap"),
                    r.number("type-head-weight"));
        } catch (IllegalArgumentException e) {
            throw new SourceException(f.name(), f.require("answer-coverage").line(), 1, e.getMessage());
        }
        Cues cues = new Cues(r.items("stopwords"), r.items("result-cue"), r.items("aim-cue"), r.items("negation"),
                r.items("negation-after"), r.items("hedge"),
                r.items("up"), r.items("down"), r.items("scope-break"));
        Shapes shapes = new Shapes(r.items("number"), r.items("number-before"), r.items("number-after"),
                r.items("number-range"), r.items("range-start"), r.items("date"), r.items("place-word"),
                r.items("locative"), r.items("name-join"), r.items("list-join"), r.items("citation"));
        return new GeneralSettings(ranking, limits, cues, shapes, QuestionTypes.compile(questions, items), f.name(),
                f.require("answer-coverage").line());
    }

    /** Reads typed values of the settings file, with {@code file:line:col} errors. */
    private record Reader(KeyValueFile f, ItemParser items) {
        double number(String key) throws SourceException {
            KeyValueFile.Entry e = f.require(key);
            try {
                return Double.parseDouble(e.value());
            } catch (NumberFormatException ex) {
                throw new SourceException(f.name(), e.line(), key.length() + 3, "not a number: " + e.value());
            }
        }

        AnyOf items(String key) throws SourceException {
            KeyValueFile.Entry e = f.require(key);
            return items.parse(f.name(), new BlockFile.Field(key, e.value(), e.line(), key.length() + 3));
        }
    }
}
