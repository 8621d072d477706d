package org.symqa.topic;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.symqa.rules.AnyOf;
import org.symqa.rules.BlockFile;
import org.symqa.rules.ItemParser;
import org.symqa.rules.Rule;
import org.symqa.resources.SourceException;

/** The topics of {@code rules/topics.rules}, in file order, and the general fallback. */
public final class TopicCatalog {
    /** The id of questions outside every topic. */
    public static final String GENERAL = "general";

    private final List<Topic> topics;
    private final Topic general;

    private TopicCatalog(List<Topic> topics, Topic general) {
        this.topics = List.copyOf(topics);
        this.general = general;
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

    /** Compiles the topics file. */
    public static TopicCatalog compile(BlockFile file, ItemParser items) throws SourceException {
        List<Topic> topics = new ArrayList<>();
        Topic general = null;
        Set<String> ids = new HashSet<>();
        for (BlockFile.Block b : file.blocks()) {
            if (!b.kind().equals("topic")) {
                throw new SourceException(file.file(), b.line(), 1, "expected 'topic ID', got '" + b.kind() + "'");
            }
            if (!ids.add(b.name())) {
                throw new SourceException(file.file(), b.line(), 7, "duplicate topic id '" + b.name() + "'");
            }
            Topic t = topic(file.file(), b, items);
            if (t.id().equals(GENERAL)) {
                general = t;
            } else {
                topics.add(t);
            }
        }
        if (general == null) {
            throw new SourceException(file.file(), 1, 1, "missing 'topic general' (the fallback for other questions)");
        }
        return new TopicCatalog(topics, general);
    }

    private static Topic topic(String file, BlockFile.Block b, ItemParser items) throws SourceException {
        int cq = 0;
        String missing = null;
        String found = null;
        List<AnyOf> keys = new ArrayList<>();
        List<AnyOf> cues = new ArrayList<>();
        List<org.symqa.rules.Item> not = new ArrayList<>();
        List<Rule.Example> must = new ArrayList<>();
        List<Rule.Example> mustNot = new ArrayList<>();
        for (BlockFile.Field f : b.fields()) {
            switch (f.key()) {
                case "cq" -> {
                    try {
                        cq = Integer.parseInt(f.value());
                    } catch (NumberFormatException e) {
                        throw new SourceException(file, f.line(), f.column(), "cq is not a number: " + f.value());
                    }
                }
                case "missing" -> missing = f.value();
                case "found" -> found = f.value();
                case "key" -> keys.add(items.parse(file, f));
                case "cue" -> cues.add(items.parse(file, f));
                case "not" -> not.addAll(items.parse(file, f).items());
                case "must" -> must.add(new Rule.Example(f.value(), f.line()));
                case "must-not" -> mustNot.add(new Rule.Example(f.value(), f.line()));
                default -> throw new SourceException(file, f.line(), 3, "unknown key '" + f.key()
                        + "' (expected cq, missing, found, key, cue, not, must, must-not)");
            }
        }
        if (missing == null || found == null) {
            throw new SourceException(file, b.line(), 1, "topic " + b.name() + " needs 'missing:' and 'found:'");
        }
        return new Topic(b.name(), cq, missing, found, keys, cues, not.isEmpty() ? null : new AnyOf(not),
                must, mustNot, file, b.line());
    }
}
