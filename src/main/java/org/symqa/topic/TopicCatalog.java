package org.symqa.topic;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.symqa.lexicon.WordFamilies;
import org.symqa.rules.AnyOf;
import org.symqa.rules.BlockFile;
import org.symqa.rules.Example;
import org.symqa.rules.ItemParser;
import org.symqa.resources.SourceException;

/** The topics of {@code rules/topics.rules}, in file order, the general fallback, and how questions are scored. */
public final class TopicCatalog {
    /** The id of questions outside every topic. */
    public static final String GENERAL = "general";

    private final List<Topic> topics;
    private final Topic general;
    private final TopicScoring scoring;

    private TopicCatalog(List<Topic> topics, Topic general, TopicScoring scoring) {
        this.topics = List.copyOf(topics);
        this.general = general;
        this.scoring = scoring;
    }

    /** How questions are scored against the topics (the file's header). */
    public TopicScoring scoring() {
        return scoring;
    }

    /** All topics but {@code general}, in file order. */
    public List<Topic> topics() {
        return topics;
    }

    /** The fallback topic for other questions. */
    public Topic general() {
        return general;
    }

    /** The topic with this id. */
    public Optional<Topic> find(String id) {
        if (id.equals(GENERAL)) {
            return Optional.of(general);
        }
        return topics.stream().filter(t -> t.id().equals(id)).findFirst();
    }

    /** Compiles the topics file; its words stand for their {@code families}. */
    public static TopicCatalog compile(BlockFile file, ItemParser items, WordFamilies families) throws SourceException {
        List<SourceException> errors = new ArrayList<>();
        TopicScoring scoring = TopicScoring.compile(file, items, families, errors);
        List<Topic> all = compile(file, items, errors);
        if (!errors.isEmpty()) {
            throw errors.get(0);
        }
        return of(file.file(), all, scoring);
    }

    /** The catalog of compiled topics of {@code file}, one of which must be {@code general}. */
    public static TopicCatalog of(String file, List<Topic> all, TopicScoring scoring) throws SourceException {
        List<Topic> topics = new ArrayList<>();
        Topic general = null;
        for (Topic t : all) {
            if (t.id().equals(GENERAL)) {
                general = t;
            } else {
                topics.add(t);
            }
        }
        if (general == null) {
            throw new SourceException(file, 1, 1, "missing 'topic general' (the fallback for other questions)");
        }
        return new TopicCatalog(topics, general, Objects.requireNonNull(scoring, "scoring"));
    }

    /**
     * Compiles every topic it can, in file order, adding each error to {@code errors} (a topic with an error is
     * left out), so that one run reports every error of the file.
     */
    public static List<Topic> compile(BlockFile file, ItemParser items, List<SourceException> errors) {
        List<Topic> topics = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (BlockFile.Block b : file.blocks()) {
            if (!b.kind().equals("topic")) {
                errors.add(new SourceException(file.file(), b.line(), 1, "expected 'topic ID', got '" + b.kind() + "'"));
            } else if (!ids.add(b.name())) {
                errors.add(new SourceException(file.file(), b.line(), 7, "duplicate topic id '" + b.name() + "'"));
            } else {
                int before = errors.size();
                Topic t = topic(file.file(), b, items, errors);
                if (errors.size() == before) {
                    topics.add(t);
                }
            }
        }
        return topics;
    }

    private static Topic topic(String file, BlockFile.Block b, ItemParser items, List<SourceException> errors) {
        int cq = 0;
        String missing = null;
        String found = null;
        List<AnyOf> keys = new ArrayList<>();
        List<AnyOf> cues = new ArrayList<>();
        List<Topic.Exclusion> exclusions = new ArrayList<>();
        BlockFile.Field above = null;
        List<AnyOf> need = new ArrayList<>();
        List<Example> must = new ArrayList<>();
        List<Example> mustNot = new ArrayList<>();
        int before = errors.size();
        for (BlockFile.Field f : b.fields()) {
            switch (f.key()) {
                case "cq" -> {
                    try {
                        cq = Integer.parseInt(f.value());
                    } catch (NumberFormatException e) {
                        errors.add(new SourceException(file, f.line(), f.column(), "cq is not a number: " + f.value()));
                    }
                }
                case "missing" -> missing = f.value();
                case "found" -> found = f.value();
                case "key" -> add(keys, items.parseCollecting(file, f, errors));
                case "cue" -> add(cues, items.parseCollecting(file, f, errors));
                case "need" -> add(need, items.parseCollecting(file, f, errors));
                case "not" -> {
                    AnyOf any = items.parseCollecting(file, f, errors);
                    if (any != null) {
                        exclusions.add(new Topic.Exclusion(any, null));
                    }
                }
                case "unless" -> {
                    try {
                        org.symqa.rules.UnlessLine.checkPlace(file, f, above);
                        AnyOf any = items.parseCollecting(file, f, errors);
                        if (any != null && !exclusions.isEmpty()) {
                            int last = exclusions.size() - 1;
                            exclusions.set(last, new Topic.Exclusion(exclusions.get(last).not(), any));
                        }
                    } catch (SourceException e) {
                        errors.add(e);
                    }
                }
                case "must" -> must.add(new Example(f.value(), f.line()));
                case "must-not" -> mustNot.add(new Example(f.value(), f.line()));
                default -> errors.add(new SourceException(file, f.line(), 3, "unknown key '" + f.key()
                        + "' (expected cq, missing, found, key, cue, need, not, unless, must, must-not)"));
            }
            above = f;
        }
        if ((missing == null || found == null) && errors.size() == before) {
            errors.add(new SourceException(file, b.line(), 1, "topic " + b.name() + " needs 'missing:' and 'found:'"));
        }
        if (errors.size() != before) {
            return null;
        }
        return new Topic(b.name(), cq, missing, found, keys, cues, exclusions, need, must, mustNot, file, b.line());
    }

    private static void add(List<AnyOf> list, AnyOf any) {
        if (any != null) {
            list.add(any);
        }
    }
}
