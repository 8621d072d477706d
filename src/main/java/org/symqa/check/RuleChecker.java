package org.symqa.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.symqa.evidence.general.QuestionType;
import org.symqa.evidence.general.QuestionTypes;
import org.symqa.lexicon.TermMatcher;
import org.symqa.nlp.Annotator;
import org.symqa.nlp.Sentence;
import org.symqa.nlp.Token;
import org.symqa.resources.ResourceSource;
import org.symqa.resources.SourceException;
import org.symqa.rules.ExampleCheck;
import org.symqa.rules.Rule;
import org.symqa.rules.SentenceView;
import org.symqa.topic.CueTopicRecognizer;
import org.symqa.topic.Topic;
import org.symqa.topic.TopicCatalog;
import org.symqa.topic.TopicRecognizer;

/**
 * Checks a rules folder and its lexicons and reports every problem: syntax errors, unknown references, duplicate
 * ids, failing or missing examples, unused lexicons and repeated lexicon terms. It never prints.
 */
public final class RuleChecker {
    private final Annotator annotator;

    /** @param annotator the CoreNLP backend that examples and lexicon terms are annotated with */
    public RuleChecker(Annotator annotator) {
        this.annotator = annotator;
    }

    /** Checks the rule files of {@code rules} with the lexicons of {@code lexicons}. */
    public CheckReport check(ResourceSource rules, ResourceSource lexicons) {
        Set<Problem> problems = new TreeSet<>();
        LoadedRules loaded = CollectingLoader.load(rules, lexicons, annotator, problems);
        duplicateIds(loaded, problems);
        Function<String, SentenceView> views = views(loaded);
        ExampleCheck examples = new ExampleCheck(views);
        for (Rule r : loaded.allRules()) {
            if (r.must().isEmpty()) {
                problems.add(new Problem(r.file(), r.line(), 1, "rule " + r.id() + " has no must: example"));
            }
            for (ExampleCheck.Failure f : examples.failures(r)) {
                problems.add(new Problem(r.file(), f.example().line(),
                        loaded.valueColumn(r.file(), f.example().line()), f.message()));
            }
        }
        topicExamples(loaded, views, problems);
        if (loaded.general() != null) {
            for (QuestionTypes.Failure f : QuestionTypes.failures(loaded.general().types(), views)) {
                problems.add(new Problem(f.file(), f.line(), loaded.valueColumn(f.file(), f.line()), f.message()));
            }
            for (QuestionType t : loaded.general().types()) {
                if (t.must().isEmpty()) {
                    problems.add(new Problem(t.file(), t.line(), 1, "question type " + t.name() + " has no must: example"));
                }
            }
        }
        new LexiconChecks(lexicons, problems).check(loaded);
        return new CheckReport(loaded.texts().size() + loaded.lexiconNames().size(), loaded.allRules().size(),
                new ArrayList<>(problems));
    }

    private static void duplicateIds(LoadedRules loaded, Set<Problem> problems) {
        Map<String, Rule> seen = new HashMap<>();
        for (Rule r : loaded.allRules()) {
            Rule first = seen.putIfAbsent(r.id(), r);
            if (first != null) {
                problems.add(new Problem(r.file(), r.line(), 6,
                        "duplicate rule id '" + r.id() + "' (first at " + first.location() + ")"));
            }
        }
    }

    private static void topicExamples(LoadedRules loaded, Function<String, SentenceView> views, Set<Problem> problems) {
        if (loaded.topics().isEmpty()) {
            return;
        }
        String file = loaded.topics().get(0).file();
        TopicRecognizer recognizer;
        try {
            recognizer = new CueTopicRecognizer(TopicCatalog.of(file, loaded.topics()), views);
        } catch (SourceException e) {
            return;
        }
        for (Topic t : loaded.topics()) {
            for (Rule.Example e : t.must()) {
                List<String> got = recognizer.recognise(e.text()).topics();
                if (!got.get(0).equals(t.id())) {
                    problems.add(new Problem(file, e.line(), loaded.valueColumn(file, e.line()),
                            "topic " + t.id() + " does not recognise its must: example (got " + got + ")"));
                }
            }
            for (Rule.Example e : t.mustNot()) {
                if (recognizer.recognise(e.text()).topics().contains(t.id())) {
                    problems.add(new Problem(file, e.line(), loaded.valueColumn(file, e.line()),
                            "topic " + t.id() + " recognises its must-not: example"));
                }
            }
        }
    }

    /** Turns an example text into one sentence with the hits of every lexicon loaded, as the pipeline does. */
    private Function<String, SentenceView> views(LoadedRules loaded) {
        TermMatcher terms = new TermMatcher(loaded.lexicons().loaded());
        return text -> {
            List<Token> tokens = new ArrayList<>();
            for (Sentence s : annotator.annotate(text)) {
                tokens.addAll(s.tokens());
            }
            Sentence sentence = new Sentence(0, text, 0, text.length(), tokens);
            return new SentenceView(sentence, terms.find(tokens));
        };
    }
}
