package org.symqa.evidence.general;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.symqa.resources.SourceException;
import org.symqa.rules.AnyOf;
import org.symqa.rules.BlockFile;
import org.symqa.rules.FramePattern;
import org.symqa.rules.ItemParser;
import org.symqa.rules.Item;
import org.symqa.rules.Example;
import org.symqa.rules.SentenceView;

/** Compiles the {@code type} blocks of {@code rules/general-questions.rules} and checks their examples. */
public final class QuestionTypes {
    private static final String KEYS = "asks, asks-frame, not, answer, needs, rewrite, must, must-not";

    private QuestionTypes() {
    }

    /** A failing example: its line and message. */
    public record Failure(String file, int line, String message) {
    }

    /** The first type (in order) that holds on the question; the last type is the fallback. */
    public static QuestionType typeOf(List<QuestionType> types, SentenceView question) {
        for (QuestionType t : types) {
            if (t.asked(question) != null) {
                return t;
            }
        }
        return types.get(types.size() - 1);
    }

    /** The examples that do not hold: a must: question typed otherwise, a must-not: question typed so. */
    public static List<Failure> failures(List<QuestionType> types, Function<String, SentenceView> views) {
        List<Failure> out = new ArrayList<>();
        for (QuestionType t : types) {
            for (Example e : t.must()) {
                QuestionType got = typeOf(types, views.apply(e.text()));
                if (got != t) {
                    out.add(new Failure(t.file(), e.line(), "question type " + t.name()
                            + " does not hold on its must: example (got " + got.name() + ")"));
                }
            }
            for (Example e : t.mustNot()) {
                if (typeOf(types, views.apply(e.text())) == t) {
                    out.add(new Failure(t.file(), e.line(), "question type " + t.name() + " holds on its must-not: example"));
                }
            }
        }
        return out;
    }

    /** Compiles every type block; the first error stops with its {@code file:line:col}. */
    public static List<QuestionType> compile(BlockFile file, ItemParser items) throws SourceException {
        List<QuestionType> types = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (BlockFile.Block b : file.blocks()) {
            if (!b.kind().equals("type")) {
                throw new SourceException(file.file(), b.line(), 1, "expected 'type NAME', got '" + b.kind() + "'");
            }
            if (!names.add(b.name())) {
                throw new SourceException(file.file(), b.line(), 6, "duplicate question type '" + b.name() + "'");
            }
            if (!types.isEmpty() && types.get(types.size() - 1).isFallback()) {
                throw new SourceException(file.file(), b.line(), 1, "type " + b.name() + " comes after the fallback type "
                        + types.get(types.size() - 1).name() + " (a type without asks lines must come last)");
            }
            types.add(compile(file.file(), b, items));
        }
        if (types.isEmpty() || !types.get(types.size() - 1).isFallback()) {
            throw new SourceException(file.file(), 1, 1, "the last question type must be a fallback without asks lines");
        }
        return types;
    }

    private static QuestionType compile(String file, BlockFile.Block b, ItemParser items) throws SourceException {
        List<AnyOf> asks = new ArrayList<>();
        List<FramePattern> frames = new ArrayList<>();
        List<Item> not = new ArrayList<>();
        AnswerShape shape = null;
        AnyOf needs = null;
        List<Rewrite> rewrites = new ArrayList<>();
        List<Example> must = new ArrayList<>();
        List<Example> mustNot = new ArrayList<>();
        for (BlockFile.Field f : b.fields()) {
            switch (f.key()) {
                case "asks" -> asks.add(items.parse(file, f));
                case "asks-frame" -> frames.add(items.pattern(file, f));
                case "not" -> not.addAll(items.parse(file, f).items());
                case "answer" -> {
                    shape = AnswerShape.named(f.value());
                    if (shape == null) {
                        throw new SourceException(file, f.line(), f.column(), "unknown answer shape '" + f.value()
                                + "' (expected polar, number, date, place, name or clause)");
                    }
                }
                case "needs" -> needs = items.parse(file, f);
                case "rewrite" -> rewrites.add(RewriteParser.parse(file, f, items));
                case "must" -> must.add(new Example(f.value(), f.line()));
                case "must-not" -> mustNot.add(new Example(f.value(), f.line()));
                default -> throw new SourceException(file, f.line(), 3, "unknown key '" + f.key() + "' (expected one of "
                        + KEYS + ")");
            }
        }
        if (shape == null) {
            throw new SourceException(file, b.line(), 1, "type " + b.name() + " has no 'answer:' line");
        }
        return new QuestionType(b.name(), asks, frames, not.isEmpty() ? null : new AnyOf(not), shape, needs, rewrites, must,
                mustNot, file, b.line());
    }

}
