package org.symqa;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import org.symqa.answer.About;
import org.symqa.answer.Templates;
import org.symqa.evidence.Background;
import org.symqa.evidence.FactSettings;
import org.symqa.evidence.general.GeneralSettings;
import org.symqa.lexicon.LexiconLibrary;
import org.symqa.lexicon.Term;
import org.symqa.lexicon.WordFamilies;
import org.symqa.nlp.Annotator;
import org.symqa.prompt.PromptLayout;
import org.symqa.resources.KeyValueFile;
import org.symqa.resources.RecordingSource;
import org.symqa.resources.ResourceSource;
import org.symqa.resources.SourceException;
import org.symqa.rules.BlockFile;
import org.symqa.rules.Frame;
import org.symqa.rules.FrameCompiler;
import org.symqa.rules.NegationScope;
import org.symqa.rules.ItemParser;
import org.symqa.rules.Rule;
import org.symqa.rules.RuleCompiler;
import org.symqa.text.RepairChain;
import org.symqa.topic.Topic;
import org.symqa.topic.TopicCatalog;
import org.symqa.topic.TopicScoring;

/**
 * The one loader of a rules folder and its lexicons: it compiles every file it can and adds each error, with its
 * {@code file:line:col}, to an error sink, so that {@code rules check} reports them all and the answering commands
 * refuse to start on the first ({@link RuleSet#load}).
 */
public final class RuleLoader {
    /**
     * The lexicons the code itself uses, besides those rules name (scorer-stop: eval; section-heading: paper;
     * word-families: topic recognition; suggest-stop: rules suggest).
     */
    public static final List<String> BUILT_IN_LEXICONS = List.of("hyphen-keep", "stopwords", "example-markers",
            "scorer-stop", "section-heading", WordFamilies.LEXICON, "suggest-stop");

    private final ResourceSource rules;
    private final ResourceSource lexiconSource;
    private final Annotator annotator;
    private final List<SourceException> errors;
    private final SortedMap<String, String> files = new TreeMap<>();

    private RuleLoader(ResourceSource rules, ResourceSource lexicons, Annotator annotator, List<SourceException> errors) {
        this.rules = new RecordingSource(rules, files);
        this.lexiconSource = new RecordingSource(lexicons, files);
        this.annotator = annotator;
        this.errors = errors;
    }

    /** Loads everything that loads, adding each error to {@code errors} in the order met. */
    public static LoadedRules load(ResourceSource rules, ResourceSource lexicons, Annotator annotator,
                                   List<SourceException> errors) {
        return new RuleLoader(rules, lexicons, annotator, errors).load();
    }

    private LoadedRules load() {
        LexiconLibrary lexicons = new LexiconLibrary(lexiconSource, annotator::tokenize);
        List<ItemParser.Written> written = new ArrayList<>();
        Set<String> keep = new TreeSet<>();
        WordFamilies families = WordFamilies.none();
        for (String name : BUILT_IN_LEXICONS) {
            try {
                for (Term t : lexicons.get(name).terms()) {
                    if (name.equals("hyphen-keep")) {
                        keep.add(t.text().toLowerCase(Locale.ROOT));
                    }
                }
                if (name.equals(WordFamilies.LEXICON)) {
                    families = WordFamilies.of(lexicons.get(name));
                }
            } catch (SourceException e) {
                errors.add(e);
            }
        }
        ItemParser items = new ItemParser(lexicons, families, written::add);
        KeyValueFile layoutFile = keyValues("prompt-layout.txt");
        PromptLayout layout = layoutFile == null ? null : PromptLayout.from(layoutFile, errors);
        KeyValueFile repairFile = keyValues("text-repair.txt");
        RepairChain repairs = repairFile == null ? null : RepairChain.from(repairFile, keep, errors);
        List<Topic> topics = new ArrayList<>();
        TopicScoring scoring = null;
        Set<String> topicIds = new LinkedHashSet<>();
        String topicsText = read("topics.rules", true);
        if (topicsText != null) {
            BlockFile file = BlockFile.parse(rules.describe("topics.rules"), topicsText, errors);
            scoring = TopicScoring.compile(file, items, families, errors);
            topics = TopicCatalog.compile(file, items, errors);
            file.blocks().stream().filter(b -> b.kind().equals("topic")).forEach(b -> topicIds.add(b.name()));
            if (topicIds.contains(TopicCatalog.GENERAL)) {
                topicIds.remove(TopicCatalog.GENERAL);
            } else {
                errors.add(new SourceException(file.file(), 1, 1,
                        "missing 'topic general' (the fallback for other questions)"));
            }
        }
        Map<String, Frame> frames = Map.of();
        String framesText = read("frames.rules", true);
        if (framesText != null) {
            frames = new FrameCompiler(lexicons).compile(BlockFile.parse(rules.describe("frames.rules"), framesText,
                    errors), errors);
        }
        KeyValueFile negationFile = keyValues("negation.txt");
        NegationScope negation = negationFile == null ? null : attempt(() -> NegationScope.from(negationFile, items));
        KeyValueFile factsFile = keyValues("facts.txt");
        FactSettings facts = factsFile == null ? null : attempt(() -> FactSettings.from(factsFile, items));
        KeyValueFile backgroundFile = keyValues("background.txt");
        Background background = backgroundFile == null ? null : attempt(() -> Background.from(backgroundFile, items));
        if (background != null && background.otherModel() != null) {
            background.otherModel().checkTopics(topicIds, backgroundFile, errors);
        }
        Map<String, List<Rule>> byTopic = evidence(topicIds, lexicons, frames, items);
        KeyValueFile generalFile = keyValues(RuleSet.GENERAL_SETTINGS);
        String questionsText = read(RuleSet.GENERAL_QUESTIONS, true);
        GeneralSettings general = generalFile == null || questionsText == null ? null
                : attempt(() -> GeneralSettings.from(generalFile,
                        BlockFile.parse(rules.describe(RuleSet.GENERAL_QUESTIONS), questionsText), items));
        KeyValueFile aboutFile = keyValues("about.txt");
        About about = aboutFile == null ? null : attempt(() -> About.from(aboutFile, items, headings(lexicons)));
        KeyValueFile answers = keyValues("answers.txt");
        Templates templates = answers == null ? null : Templates.from(answers, topicIds, errors);
        return new LoadedRules(layout, repairs, topics, scoring, frames, negation, byTopic, facts, background, about,
                general, answers, templates, lexicons, written, files);
    }

    private Map<String, List<Rule>> evidence(Set<String> topicIds, LexiconLibrary lexicons, Map<String, Frame> frames,
                                             ItemParser items) {
        RuleCompiler compiler = new RuleCompiler(lexicons, frames, items);
        Map<String, List<Rule>> byTopic = new LinkedHashMap<>();
        for (String id : topicIds) {
            String path = RuleSet.EVIDENCE_DIR + id + ".rules";
            String text = read(path, true); // every topic has its rules file: a missing one is an error
            if (text != null) {
                byTopic.put(id, compiler.compile(BlockFile.parse(rules.describe(path), text, errors), id, errors));
            }
        }
        try {
            for (String path : rules.list("evidence")) {
                String id = path.substring(RuleSet.EVIDENCE_DIR.length()).replaceFirst("\\.rules$", "");
                if (path.endsWith(".rules") && !topicIds.contains(id)) {
                    read(path, false);
                    errors.add(new SourceException(rules.describe(path), 1, 1,
                            "no 'topic " + id + "' in " + rules.describe("topics.rules") + ", so this file is never loaded"));
                }
            }
        } catch (IOException e) {
            errors.add(new SourceException(rules.describe("evidence"), 1, 1, "cannot list: " + e.getMessage()));
        }
        return byTopic;
    }

    /** The unnumbered section headings (lexicons/section-heading.txt), lower case; none when it did not load. */
    private Set<String> headings(LexiconLibrary lexicons) {
        Set<String> out = new TreeSet<>();
        try {
            for (Term t : lexicons.get("section-heading").terms()) {
                out.add(t.text().toLowerCase(Locale.ROOT));
            }
        } catch (SourceException e) {
            // reported with the built-in lexicons
        }
        return out;
    }

    /** A part built from a file, or null after adding its error. */
    private <T> T attempt(Part<T> part) {
        try {
            return part.build();
        } catch (SourceException e) {
            errors.add(e);
            return null;
        }
    }

    /** Builds one part of the rule set from files already read. */
    @FunctionalInterface
    private interface Part<T> {
        T build() throws SourceException;
    }

    private KeyValueFile keyValues(String path) {
        String text = read(path, true);
        return text == null ? null : attempt(() -> KeyValueFile.parse(rules.describe(path), text));
    }

    private String read(String path, boolean required) {
        try {
            String text = rules.read(path).orElse(null);
            if (text == null && required) {
                errors.add(new SourceException(rules.describe(path), 1, 1, "file not found"));
            }
            return text;
        } catch (IOException e) {
            errors.add(new SourceException(rules.describe(path), 1, 1, e.getMessage()));
            return null;
        }
    }
}
