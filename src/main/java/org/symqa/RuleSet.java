package org.symqa;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import org.symqa.answer.Templates;
import org.symqa.evidence.general.GeneralSettings;
import org.symqa.lexicon.LexiconLibrary;
import org.symqa.lexicon.Term;
import org.symqa.nlp.Annotator;
import org.symqa.prompt.PromptLayout;
import org.symqa.resources.KeyValueFile;
import org.symqa.resources.RecordingSource;
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
 * Every data file symqa runs on, loaded and compiled once: prompt layout, text repairs, topics, evidence rules,
 * general-question settings, answer templates, and the lexicons they use.
 */
public record RuleSet(PromptLayout layout, RepairChain repairs, TopicCatalog topics, Map<String, List<Rule>> rules,
                      GeneralSettings general, Templates templates, LexiconLibrary lexicons,
                      SortedMap<String, String> files) {

    /** The folder of evidence rule files inside the rules folder. */
    public static final String EVIDENCE_DIR = "evidence/";
    /** The settings of general questions. */
    public static final String GENERAL_SETTINGS = "general.txt";
    /** The question types of general questions. */
    public static final String GENERAL_QUESTIONS = "general-questions.rules";

    public RuleSet {
        rules = Map.copyOf(rules);
        files = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(files));
    }

    /** A digest of every rule and lexicon file this set was loaded from (names and contents). */
    public String digest() {
        return RecordingSource.digest(files);
    }

    /** Loads and compiles everything; the first error stops loading with its {@code file:line:col}. */
    public static RuleSet load(ResourceSource ruleSource, ResourceSource lexiconSource, Annotator annotator)
            throws SourceException {
        SortedMap<String, String> files = new TreeMap<>();
        ResourceSource rules = new RecordingSource(ruleSource, files);
        lexiconSource = new RecordingSource(lexiconSource, files);
        LexiconLibrary lexicons = new LexiconLibrary(lexiconSource, annotator::tokenize);
        ItemParser items = new ItemParser(lexicons);
        PromptLayout layout = PromptLayout.from(keyValues(rules, "prompt-layout.txt"));
        Set<String> keep = new TreeSet<>();
        for (Term t : lexicons.get("hyphen-keep").terms()) {
            keep.add(t.text().toLowerCase(java.util.Locale.ROOT));
        }
        RepairChain repairs = RepairChain.from(keyValues(rules, "text-repair.txt"), keep);
        TopicCatalog topics = TopicCatalog.compile(BlockFile.parse(rules.describe("topics.rules"),
                require(rules, "topics.rules")), items);
        RuleCompiler compiler = new RuleCompiler(lexicons);
        Map<String, List<Rule>> byTopic = new LinkedHashMap<>();
        for (Topic t : topics.topics()) {
            String path = EVIDENCE_DIR + t.id() + ".rules";
            String text = read(rules, path);
            if (text != null) {
                byTopic.put(t.id(), compiler.compile(BlockFile.parse(rules.describe(path), text), t.id()));
            }
        }
        GeneralSettings general = GeneralSettings.from(keyValues(rules, GENERAL_SETTINGS),
                BlockFile.parse(rules.describe(GENERAL_QUESTIONS), require(rules, GENERAL_QUESTIONS)), items);
        lexicons.get("stopwords");
        lexicons.get("example-markers");
        lexicons.get("section-heading");
        Templates templates = Templates.from(keyValues(rules, "answers.txt"));
        return new RuleSet(layout, repairs, topics, byTopic, general, templates, lexicons, files);
    }

    private static KeyValueFile keyValues(ResourceSource source, String path) throws SourceException {
        return KeyValueFile.parse(source.describe(path), require(source, path));
    }

    private static String require(ResourceSource source, String path) throws SourceException {
        String text = read(source, path);
        if (text == null) {
            throw new SourceException(source.describe(path), 1, 1, "file not found");
        }
        return text;
    }

    private static String read(ResourceSource source, String path) throws SourceException {
        try {
            return source.read(path).orElse(null);
        } catch (IOException e) {
            throw new SourceException(source.describe(path), 1, 1, e.getMessage());
        }
    }
}
