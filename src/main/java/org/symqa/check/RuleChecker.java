package org.symqa.check;

import org.symqa.rules.Example;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.io.IOException;
import org.symqa.paper.Questions;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.symqa.LoadedRules;
import org.symqa.RuleLoader;
import org.symqa.evidence.general.QuestionType;
import org.symqa.evidence.general.QuestionTypes;
import org.symqa.lexicon.TermMatcher;
import org.symqa.nlp.Annotator;
import org.symqa.nlp.Sentence;
import org.symqa.nlp.Token;
import org.symqa.resources.ResourceSource;
import org.symqa.resources.SourceException;
import org.symqa.rules.ExampleCheck;
import org.symqa.rules.Frame;
import org.symqa.rules.Rule;
import org.symqa.rules.SentenceView;
import org.symqa.topic.CueTopicRecognizer;
import org.symqa.topic.Topic;
import org.symqa.topic.TopicCatalog;
import org.symqa.topic.TopicRecognizer;

/**
 * Checks a rules folder and its lexicons and reports every problem: syntax errors, unknown references, duplicate
 * ids, failing or missing examples, unused lexicons, repeated lexicon terms and items the tokenizer keeps from
 * matching ({@link ItemTokens}). It never prints.
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
        List<SourceException> errors = new ArrayList<>();
        LoadedRules loaded = RuleLoader.load(rules, lexicons, annotator, errors);
        errors.forEach(e -> problems.add(Problem.of(e)));
        List<String> lexiconNames = LexiconChecks.names(lexicons, problems);
        duplicateIds(loaded, problems);
        Function<String, SentenceView> views = views(loaded);
        ExampleCheck examples = new ExampleCheck(views);
        for (Rule r : loaded.allRules()) {
            if (r.must().isEmpty()) {
                problems.add(new Problem(r.file(), r.line(), 1, "rule " + r.id() + " has no must: example"));
            }
            examples.failures(r).forEach(f -> problems.add(problem(loaded, f)));
        }
        for (Frame frame : loaded.frames().values()) {
            if (frame.must().isEmpty()) {
                problems.add(new Problem(frame.file(), frame.line(), 1, "frame " + frame.name() + " has no must: example"));
            }
            examples.failures(frame).forEach(f -> problems.add(problem(loaded, f)));
        }
        topicExamples(loaded, views, problems);
        questions(rules, loaded, problems);
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
        new LexiconChecks(lexicons, problems).check(loaded, lexiconNames);
        new ItemTokens(annotator).check(loaded.items(), problems);
        Set<String> files = new TreeSet<>(loaded.files().keySet());
        lexiconNames.forEach(n -> files.add(loaded.lexicons().describe(n)));
        return new CheckReport(files.size(), loaded.allRules().size(), new ArrayList<>(problems));
    }

    /** The canonical questions of {@code symqa paper}: well-formed lines naming known topics. */
    private static void questions(ResourceSource rules, LoadedRules loaded, Set<Problem> problems) {
        List<SourceException> errors = new ArrayList<>();
        try {
            Optional<String> text = rules.read(Questions.FILE);
            if (text.isPresent()) {
                Questions.parseTsv(rules.describe(Questions.FILE), text.get(),
                        loaded.topics().stream().map(t -> t.id()).toList(), errors);
            }
        } catch (IOException e) {
            errors.add(new SourceException(rules.describe(Questions.FILE), 1, 1, "cannot read: " + e.getMessage()));
        }
        errors.forEach(e -> problems.add(Problem.of(e)));
    }

    private static Problem problem(LoadedRules loaded, ExampleCheck.Failure f) {
        return new Problem(f.file(), f.example().line(), loaded.valueColumn(f.file(), f.example().line()), f.message());
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
        if (loaded.topics().isEmpty() || loaded.topicScoring() == null) {
            return;
        }
        String file = loaded.topics().get(0).file();
        TopicRecognizer recognizer;
        try {
            recognizer = new CueTopicRecognizer(TopicCatalog.of(file, loaded.topics(), loaded.topicScoring()), views);
        } catch (SourceException e) {
            return;
        }
        for (Topic t : loaded.topics()) {
            for (Example e : t.must()) {
                List<String> got = recognizer.recognise(e.text()).topics();
                if (!got.get(0).equals(t.id())) {
                    problems.add(new Problem(file, e.line(), loaded.valueColumn(file, e.line()),
                            "topic " + t.id() + " does not recognise its must: example (got " + got + ")"));
                }
            }
            for (Example e : t.mustNot()) {
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
            return new SentenceView(sentence, terms.find(tokens), loaded.negation());
        };
    }
}
