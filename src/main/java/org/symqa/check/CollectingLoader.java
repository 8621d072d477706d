package org.symqa.check;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.symqa.RuleSet;
import org.symqa.answer.Templates;
import org.symqa.evidence.general.GeneralSettings;
import org.symqa.lexicon.LexiconLibrary;
import org.symqa.lexicon.Term;
import org.symqa.nlp.Annotator;
import org.symqa.prompt.PromptLayout;
import org.symqa.resources.KeyValueFile;
import org.symqa.resources.ResourceSource;
import org.symqa.resources.SourceException;
import org.symqa.rules.BlockFile;
import org.symqa.rules.ItemParser;
import org.symqa.rules.Rule;
import org.symqa.rules.RuleCompiler;
import org.symqa.text.RepairChain;
import org.symqa.topic.Topic;
import org.symqa.topic.TopicCatalog;

/**
 * Loads the same files as {@link RuleSet#load} but goes on after an error, so that one run reports every syntax
 * error and unknown reference of every file.
 */
public final class CollectingLoader {
    /** The lexicons the code itself uses, besides those that rules name (scorer-stop: the eval command; section-heading: the paper command). */
    public static final List<String> BUILT_IN_LEXICONS =
            List.of("hyphen-keep", "stopwords", "example-markers", "scorer-stop", "section-heading");

    private final ResourceSource rules;
    private final ResourceSource lexiconSource;
    private final Annotator annotator;
    private final Collection<Problem> problems;
    private final Map<String, List<String>> texts = new LinkedHashMap<>();

    private CollectingLoader(ResourceSource rules, ResourceSource lexicons, Annotator annotator,
                             Collection<Problem> problems) {
        this.rules = rules;
        this.lexiconSource = lexicons;
        this.annotator = annotator;
        this.problems = problems;
    }

    /** Loads everything that loads, adding each error to {@code problems}. */
    public static LoadedRules load(ResourceSource rules, ResourceSource lexicons, Annotator annotator,
                                   Collection<Problem> problems) {
        return new CollectingLoader(rules, lexicons, annotator, problems).load();
    }

    private LoadedRules load() {
        LexiconLibrary lexicons = new LexiconLibrary(lexiconSource, annotator::tokenize);
        ItemParser items = new ItemParser(lexicons);
        Set<String> keep = new TreeSet<>();
        for (String name : BUILT_IN_LEXICONS) {
            try {
                for (Term t : lexicons.get(name).terms()) {
                    if (name.equals("hyphen-keep")) {
                        keep.add(t.text().toLowerCase(Locale.ROOT));
                    }
                }
            } catch (SourceException e) {
                add(e);
            }
        }
        KeyValueFile layout = keyValues("prompt-layout.txt");
        KeyValueFile repairs = keyValues("text-repair.txt");
        try {
            if (layout != null) {
                PromptLayout.from(layout);
            }
        } catch (SourceException e) {
            add(e);
        }
        try {
            if (repairs != null) {
                RepairChain.from(repairs, keep);
            }
        } catch (SourceException e) {
            add(e);
        }
        List<SourceException> errors = new ArrayList<>();
        List<Topic> topics = new ArrayList<>();
        Set<String> topicIds = new LinkedHashSet<>();
        String topicsText = read("topics.rules", true);
        if (topicsText != null) {
            BlockFile file = BlockFile.parse(rules.describe("topics.rules"), topicsText, errors);
            topics = TopicCatalog.compile(file, items, errors);
            file.blocks().stream().filter(b -> b.kind().equals("topic")).forEach(b -> topicIds.add(b.name()));
            if (topicIds.contains(TopicCatalog.GENERAL)) {
                topicIds.remove(TopicCatalog.GENERAL);
            } else {
                errors.add(new SourceException(file.file(), 1, 1,
                        "missing 'topic general' (the fallback for other questions)"));
            }
        }
        Map<String, List<Rule>> byTopic = evidence(topicIds, lexicons, errors);
        errors.forEach(this::add);
        GeneralSettings general = null;
        KeyValueFile generalFile = keyValues(RuleSet.GENERAL_SETTINGS);
        String questionsText = read(RuleSet.GENERAL_QUESTIONS, true);
        KeyValueFile answers = keyValues("answers.txt");
        try {
            if (generalFile != null && questionsText != null) {
                general = GeneralSettings.from(generalFile,
                        BlockFile.parse(rules.describe(RuleSet.GENERAL_QUESTIONS), questionsText), items);
            }
        } catch (SourceException e) {
            add(e);
        }
        try {
            if (answers != null) {
                Templates.from(answers);
            }
        } catch (SourceException e) {
            add(e);
        }
        return new LoadedRules(topics, byTopic, general, answers, lexicons, lexiconNames(), texts);
    }

    private Map<String, List<Rule>> evidence(Set<String> topicIds, LexiconLibrary lexicons,
                                             List<SourceException> errors) {
        RuleCompiler compiler = new RuleCompiler(lexicons);
        Map<String, List<Rule>> byTopic = new LinkedHashMap<>();
        for (String id : topicIds) {
            String path = RuleSet.EVIDENCE_DIR + id + ".rules";
            String text = read(path, false);
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

    private List<String> lexiconNames() {
        try {
            return lexiconSource.list("").stream().filter(n -> n.endsWith(".txt"))
                    .map(n -> n.substring(0, n.length() - 4)).toList();
        } catch (IOException e) {
            problems.add(new Problem(lexiconSource.describe(""), 1, 1, "cannot list: " + e.getMessage()));
            return List.of();
        }
    }

    private KeyValueFile keyValues(String path) {
        String text = read(path, true);
        if (text == null) {
            return null;
        }
        try {
            return KeyValueFile.parse(rules.describe(path), text);
        } catch (SourceException e) {
            add(e);
            return null;
        }
    }

    private String read(String path, boolean required) {
        String name = rules.describe(path);
        try {
            String text = rules.read(path).orElse(null);
            if (text == null && required) {
                problems.add(new Problem(name, 1, 1, "file not found"));
            } else if (text != null) {
                texts.put(name, List.of(text.replace("\r", "").split("\n", -1)));
            }
            return text;
        } catch (IOException e) {
            problems.add(new Problem(name, 1, 1, e.getMessage()));
            return null;
        }
    }

    private void add(SourceException e) {
        problems.add(Problem.of(e));
    }
}
