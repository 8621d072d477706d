package org.symqa.topic;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.symqa.lexicon.WordFamilies;
import org.symqa.rules.AnyOf;
import org.symqa.rules.BlockFile;
import org.symqa.rules.ItemParser;
import org.symqa.resources.SourceException;

/**
 * How questions are scored against the topics, from the header lines of {@code rules/topics.rules}: the points of
 * a {@code key:} and a {@code cue:} line (in the question, or only inside its examples), the points of the
 * deep-learning {@code domain:} words and of the {@code off-domain:} words of other fields, the threshold below which
 * a question is {@code general}, and the share of the best score a second topic needs. Topic words match the words
 * of their family ({@link WordFamilies}).
 *
 * @param keyPoints            points of a {@code key:} line that holds outside the question's examples
 * @param cuePoints            points of a {@code cue:} line that holds outside the examples
 * @param keyPointsInExamples  points of a {@code key:} line that holds only inside the examples
 * @param cuePointsInExamples  points of a {@code cue:} line that holds only inside the examples
 * @param domainPoints         points added to every topic with points when a {@code domain:} line holds
 * @param offDomainPoints      points taken from every topic with points when an {@code off-domain:} line holds
 *                             (instead of the domain points)
 * @param threshold            the least score of a topic; below it the question is {@code general}
 * @param secondTopicPercent   the least points of a second topic's own lines, in percent of the best topic's
 * @param domain               items that show the question is about a deep-learning pipeline
 * @param offDomain            items that show the question is about the subjects of another field
 * @param families             the word families topic words stand for
 * @param exampleEndTags       the tags of a word that, after a comma, ends the question's examples
 *                             ({@code example-end-tags:}, optional; see {@link Examples})
 * @param foreign              the test for a noun of another field's subject ({@code foreign-points:},
 *                             {@code foreign-tags:}, {@code known:}, {@code data-noun:}, {@code foreign-label:},
 *                             optional; see
 *                             {@link ForeignNouns})
 * @param secondWordPoints     points more for a {@code cue:} line that holds, outside the examples, on a second
 *                             word besides the one it took ("was accuracy the only metric ...": accuracy, metric);
 *                             {@code second-word-points:}, optional, 0 when absent
 */
public record TopicScoring(int keyPoints, int cuePoints, int keyPointsInExamples, int cuePointsInExamples,
                           int domainPoints, int offDomainPoints, int threshold, int secondTopicPercent,
                           List<AnyOf> domain, List<AnyOf> offDomain, WordFamilies families,
                           Set<String> exampleEndTags, ForeignNouns foreign, int secondWordPoints) {
    /** The header keys, in the order they are documented. */
    public static final List<String> KEYS = List.of("key-points", "cue-points", "key-points-in-examples",
            "cue-points-in-examples", "domain-points", "off-domain-points", "threshold", "second-topic-percent",
            "domain", "off-domain", "example-end-tags", "foreign-points", "foreign-tags", "known", "data-noun",
            "foreign-label", "second-word-points");
    private static final List<String> LINES = List.of("domain", "off-domain", "known", "data-noun");
    private static final List<String> TAG_LISTS = List.of("example-end-tags", "foreign-tags");
    private static final String FOREIGN_POINTS = "foreign-points";
    private static final String FOREIGN_LABEL = "foreign-label";
    private static final String SECOND_WORD_POINTS = "second-word-points";
    /** The header keys that may be absent besides the line and tag lists. */
    private static final Set<String> OPTIONAL = Set.of(FOREIGN_POINTS, FOREIGN_LABEL, SECOND_WORD_POINTS);

    /** Scoring whose examples run to the end of the question after their marker (no end tags). */
    public TopicScoring(int keyPoints, int cuePoints, int keyPointsInExamples, int cuePointsInExamples,
                        int domainPoints, int offDomainPoints, int threshold, int secondTopicPercent,
                        List<AnyOf> domain, List<AnyOf> offDomain, WordFamilies families) {
        this(keyPoints, cuePoints, keyPointsInExamples, cuePointsInExamples, domainPoints, offDomainPoints, threshold,
                secondTopicPercent, domain, offDomain, families, Set.of(), ForeignNouns.NONE, 0);
    }

    public TopicScoring {
        domain = List.copyOf(domain);
        offDomain = List.copyOf(offDomain);
        Objects.requireNonNull(families, "families");
        exampleEndTags = Set.copyOf(exampleEndTags);
        Objects.requireNonNull(foreign, "foreign");
        if (keyPoints < 0 || cuePoints < 0 || keyPointsInExamples < 0 || cuePointsInExamples < 0 || domainPoints < 0
                || offDomainPoints < 0 || secondWordPoints < 0) {
            throw new IllegalArgumentException("points must not be negative");
        }
        if (threshold < 1) {
            throw new IllegalArgumentException("threshold must be at least 1");
        }
        if (secondTopicPercent < 0 || secondTopicPercent > 100) {
            throw new IllegalArgumentException("second-topic-percent must be 0..100");
        }
    }

    /**
     * Reads the header of the topics file, adding each error (unknown or missing key, bad number, bad item) to
     * {@code errors}; null when there was one.
     */
    public static TopicScoring compile(BlockFile file, ItemParser items, WordFamilies families,
                                       List<SourceException> errors) {
        int before = errors.size();
        Map<String, Integer> numbers = new LinkedHashMap<>();
        Map<String, BlockFile.Field> fields = new LinkedHashMap<>();
        Map<String, List<AnyOf>> lines = new LinkedHashMap<>();
        LINES.forEach(k -> lines.put(k, new ArrayList<>()));
        Map<String, Set<String>> tags = new LinkedHashMap<>();
        TAG_LISTS.forEach(k -> tags.put(k, new TreeSet<>()));
        String foreignLabel = null;
        for (BlockFile.Field f : file.header()) {
            if (f.key().equals(FOREIGN_LABEL)) {
                if (foreignLabel != null) {
                    errors.add(new SourceException(file.file(), f.line(), 1, "'" + f.key() + ":' given twice"));
                }
                foreignLabel = f.value().trim();
            } else if (TAG_LISTS.contains(f.key())) {
                for (String tag : f.value().trim().split("\\s+")) {
                    if (!tag.isEmpty()) {
                        tags.get(f.key()).add(tag);
                    }
                }
            } else if (LINES.contains(f.key())) {
                AnyOf any = items.parseCollecting(file.file(), f, errors);
                if (any != null) {
                    lines.get(f.key()).add(any);
                }
            } else if (KEYS.contains(f.key())) {
                if (numbers.containsKey(f.key())) {
                    errors.add(new SourceException(file.file(), f.line(), 1, "'" + f.key() + ":' given twice"));
                }
                numbers.put(f.key(), number(file.file(), f, errors));
                fields.put(f.key(), f);
            } else {
                errors.add(new SourceException(file.file(), f.line(), 1, "unknown header key '" + f.key()
                        + "' (expected " + String.join(", ", KEYS) + ")"));
            }
        }
        for (String key : KEYS) {
            if (!LINES.contains(key) && !TAG_LISTS.contains(key) && !OPTIONAL.contains(key) && !numbers.containsKey(key)) {
                errors.add(new SourceException(file.file(), 1, 1, "missing header line '" + key + ": N'"));
            }
        }
        if (errors.size() != before) {
            return null;
        }
        int percent = numbers.get("second-topic-percent");
        if (percent > 100) {
            BlockFile.Field f = fields.get("second-topic-percent");
            errors.add(new SourceException(file.file(), f.line(), f.column(), "second-topic-percent is above 100: " + percent));
            return null;
        }
        if (numbers.get("threshold") < 1) {
            BlockFile.Field f = fields.get("threshold");
            errors.add(new SourceException(file.file(), f.line(), f.column(), "threshold must be at least 1"));
            return null;
        }
        int foreignPoints = numbers.getOrDefault(FOREIGN_POINTS, 0);
        if (foreignPoints > 0 && tags.get("foreign-tags").isEmpty()) {
            BlockFile.Field f = fields.get(FOREIGN_POINTS);
            errors.add(new SourceException(file.file(), f.line(), f.column(),
                    "foreign-points needs a 'foreign-tags:' line (the tags of the words tested)"));
            return null;
        }
        return new TopicScoring(numbers.get("key-points"), numbers.get("cue-points"),
                numbers.get("key-points-in-examples"), numbers.get("cue-points-in-examples"),
                numbers.get("domain-points"), numbers.get("off-domain-points"), numbers.get("threshold"), percent,
                lines.get("domain"), lines.get("off-domain"), families, tags.get("example-end-tags"),
                new ForeignNouns(foreignPoints, tags.get("foreign-tags"), lines.get("known"), lines.get("data-noun"),
                        foreignLabel == null ? "" : foreignLabel), numbers.getOrDefault(SECOND_WORD_POINTS, 0));
    }

    private static int number(String file, BlockFile.Field f, List<SourceException> errors) {
        try {
            int n = Integer.parseInt(f.value());
            if (n >= 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.add(new SourceException(file, f.line(), f.column(), f.key() + " is not a whole number >= 0: " + f.value()));
        return 0;
    }
}
