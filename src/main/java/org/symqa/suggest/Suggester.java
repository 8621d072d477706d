package org.symqa.suggest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.symqa.Result;
import org.symqa.Symqa;
import org.symqa.eval.GoldItem;
import org.symqa.evidence.Verdict;
import org.symqa.lexicon.Term;
import org.symqa.nlp.Document;
import org.symqa.prompt.Prompt;
import org.symqa.resources.SourceException;
import org.symqa.rules.AnyOf;
import org.symqa.rules.Item;
import org.symqa.rules.FrameLine;
import org.symqa.rules.HasLine;
import org.symqa.rules.PatternLine;
import org.symqa.rules.Rule;
import org.symqa.topic.Topic;

/**
 * Proposes terms for a topic's evidence from a labelled gold set: the context words that the Yes answers of
 * answer models quote, and the words near the terms the topic's rules already look for, ranked by how often they
 * stand in answerable rather than unanswerable contexts of the topic. Items are added one at a time, in a fixed
 * order; the same items give the same suggestions.
 */
public final class Suggester {
    /** The lexicons of words never proposed at the edge of a term. */
    public static final List<String> STOP_LEXICONS = List.of("stopwords", "suggest-stop");

    private final Symqa symqa;
    private final Topic topic;
    private final SuggestSettings settings;
    private final Function<String, List<String>> tokenizer;
    private final ItemReader reader;
    private final TermTally tally = new TermTally();

    /**
     * A suggester for {@code topic} of the pipeline's rule set; {@code tokenizer} splits answer texts into words as
     * the pipeline does. The stop lexicons must exist.
     */
    public Suggester(Symqa symqa, Topic topic, SuggestSettings settings, Function<String, List<String>> tokenizer)
            throws SourceException {
        this.symqa = Objects.requireNonNull(symqa, "symqa");
        this.topic = Objects.requireNonNull(topic, "topic");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.tokenizer = Objects.requireNonNull(tokenizer, "tokenizer");
        if (topic.cq() < 1) {
            throw new IllegalArgumentException("topic " + topic.id() + " has no study question number (cq:)");
        }
        Set<String> stop = new TreeSet<>();
        for (String name : STOP_LEXICONS) {
            for (Term t : symqa.ruleSet().lexicons().get(name).terms()) {
                stop.add(String.join(" ", t.tokens()).toLowerCase(Locale.ROOT));
            }
        }
        TopicAnchors anchors = new TopicAnchors(symqa.ruleSet().rules().getOrDefault(topic.id(), List.of()));
        this.reader = new ItemReader(new Grams(stop, settings.maxWords()), anchors, symqa::view,
                ruleLexicons(symqa.ruleSet().rules()), settings.window(), settings.maxWords());
    }

    /** The lexicons that some rule's {@code has:}, {@code pattern:} or {@code frame:} lines use. */
    private static Set<String> ruleLexicons(Map<String, List<Rule>> rules) {
        Set<String> out = new TreeSet<>();
        for (List<Rule> list : rules.values()) {
            for (Rule r : list) {
                r.conditions().stream().filter(c -> c instanceof HasLine || c instanceof PatternLine
                        || c instanceof FrameLine).forEach(c -> out.addAll(c.lexicons()));
            }
        }
        return out;
    }

    /** True when the item asks the topic's study question ({@code cq_number} equal to the topic's {@code cq:}). */
    public boolean wants(GoldItem item) {
        return item.cq() != null && item.cq().strip().equals(Integer.toString(topic.cq()));
    }

    /** Counts the terms of one item of the topic, whose prompt was read from it. */
    public void add(GoldItem item, Prompt prompt) {
        if (!wants(item)) {
            throw new IllegalArgumentException("item " + item.id() + " does not ask CQ" + topic.cq());
        }
        Document doc = symqa.annotate(prompt);
        Result result = symqa.answer(prompt, doc);
        List<List<String>> yes = new ArrayList<>();
        for (Map.Entry<String, String> e : item.peerAnswers().entrySet()) {
            if (e.getValue() != null && "yes".equalsIgnoreCase(item.peerJudgements().getOrDefault(e.getKey(), "").strip())) {
                yes.add(tokenizer.apply(e.getValue()));
            }
        }
        tally.add(reader.read(doc, reader.quotes(yes)), item.answerable(),
                result.finding().verdict() == Verdict.ANSWERED);
    }

    /** The ranked candidates of the items added so far. */
    public Suggestions suggestions() {
        return tally.suggestions(topic.id(), topic.cq(), settings);
    }
}
