package org.symqa;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.symqa.answer.About;
import org.symqa.answer.Templates;
import org.symqa.evidence.Background;
import org.symqa.evidence.FactSettings;
import org.symqa.evidence.general.GeneralSettings;
import org.symqa.lexicon.LexiconLibrary;
import org.symqa.nlp.Annotator;
import org.symqa.prompt.PromptLayout;
import org.symqa.resources.RecordingSource;
import org.symqa.resources.ResourceSource;
import org.symqa.resources.SourceException;
import org.symqa.rules.Frame;
import org.symqa.rules.NegationScope;
import org.symqa.rules.Rule;
import org.symqa.text.RepairChain;
import org.symqa.topic.TopicCatalog;

/**
 * Every data file symqa runs on, loaded and compiled once: prompt layout, text repairs, topics, frames, negation
 * scopes, evidence rules, general-question settings, answer templates, and the lexicons they use; the NLP
 * backend they were compiled for ({@code nlp}), whose tokenizer split the lexicon terms and whose data files are
 * among {@code files}; and where the rules came from ({@code origin}: embedded, or a folder).
 */
public record RuleSet(PromptLayout layout, RepairChain repairs, TopicCatalog topics, Map<String, Frame> frames,
                      NegationScope negation, Map<String, List<Rule>> rules, FactSettings facts,
                      Background background, About about,
                      GeneralSettings general, Templates templates, LexiconLibrary lexicons,
                      SortedMap<String, String> files, String nlp, RuleOrigin origin) {

    /** The folder of evidence rule files inside the rules folder. */
    public static final String EVIDENCE_DIR = "evidence/";
    /** The settings of general questions. */
    public static final String GENERAL_SETTINGS = "general.txt";
    /** The question types of general questions. */
    public static final String GENERAL_QUESTIONS = "general-questions.rules";

    public RuleSet {
        rules = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(rules));
        frames = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(frames));
        files = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(files));
        java.util.Objects.requireNonNull(origin, "origin");
    }

    /**
     * A digest of every rule and lexicon file this set was loaded from (names and contents) and of the NLP backend's
     * name: the same digest and input give the same output.
     */
    public String digest() {
        Map<String, String> all = new TreeMap<>(files);
        all.put("<nlp>", nlp);
        return RecordingSource.digest(all);
    }

    /**
     * Loads and compiles everything ({@link RuleLoader}); the first error, with its {@code file:line:col}, is
     * thrown, so that answering never starts on a broken rule set.
     */
    public static RuleSet load(ResourceSource ruleSource, ResourceSource lexiconSource, Annotator annotator)
            throws SourceException {
        List<SourceException> errors = new ArrayList<>();
        LoadedRules loaded = RuleLoader.load(ruleSource, lexiconSource, annotator, errors);
        if (!errors.isEmpty()) {
            throw errors.get(0);
        }
        return loaded.ruleSet(annotator, RuleOrigin.of(ruleSource, lexiconSource));
    }
}
