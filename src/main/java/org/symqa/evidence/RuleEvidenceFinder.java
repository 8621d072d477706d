package org.symqa.evidence;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.IntFunction;
import org.symqa.nlp.Chunk;
import org.symqa.nlp.Document;
import org.symqa.nlp.Sentence;
import org.symqa.nlp.Token;
import org.symqa.rules.CandidateView;
import org.symqa.rules.Prefilter;
import org.symqa.rules.Rule;
import org.symqa.rules.RuleKind;
import org.symqa.rules.RuleMatch;
import org.symqa.rules.RuleOrder;
import org.symqa.rules.SentenceView;
import org.symqa.rules.Span;
import org.symqa.text.Quote;
import org.symqa.topic.TopicDecision;

/**
 * Applies the evidence rules of the question's topics to every sentence. A sentence is cited once, for the first
 * rule (direct rules before related ones, in file order) that matched it. A sentence is tagged only when the
 * {@link Prefilter} of some rule says it may match; the others cannot match and stay untagged.
 */
public final class RuleEvidenceFinder implements EvidenceFinder {
    /** The {@link org.symqa.nlp.Sentences#memo} slot of a sentence's prefilter view. */
    static final int CANDIDATE_SLOT = 0;
    /** The {@link org.symqa.nlp.Sentences#memo} slot of a tagged sentence's rule view (shared by the finders). */
    public static final int VIEW_SLOT = 1;
    /**
     * The {@link org.symqa.nlp.Sentences#memo} slot of an untagged sentence's plain view (word forms and lexicon hits):
     * what the reference-list test reads of a neighbour, and what an unanswered reply reads of every sentence.
     */
    public static final int PLAIN_VIEW_SLOT = 2;

    private final Map<String, List<Rule>> rulesByTopic;
    /** The direct rules of each topic, in file order: what a near topic runs ({@link #findDirect}). */
    private final Map<String, List<Rule>> directByTopic = new java.util.HashMap<>();
    private final Function<Sentence, SentenceView> views;
    private final Function<Sentence, CandidateView> candidates;
    private final Function<Sentence, SentenceView> plain;
    private final Map<Rule, Prefilter> prefilters = new IdentityHashMap<>();
    private final FactMaker facts;
    private final Background background;

    /**
     * @param rulesByTopic the compiled rules of each topic
     * @param views        a tagged sentence as rules see it
     * @param candidates   an untagged sentence as the prefilter sees it
     * @param plain        an untagged sentence with its lexicon hits (a reference-list neighbour is read so, untagged)
     * @param facts        how matches become facts
     * @param background   which sentences speak of other people's work
     */
    public RuleEvidenceFinder(Map<String, List<Rule>> rulesByTopic, Function<Sentence, SentenceView> views,
                              Function<Sentence, CandidateView> candidates, Function<Sentence, SentenceView> plain,
                              FactSettings facts, Background background) {
        this.rulesByTopic = Map.copyOf(rulesByTopic);
        this.views = views;
        this.candidates = candidates;
        this.plain = plain;
        this.facts = new FactMaker(facts);
        this.background = background;
        rulesByTopic.forEach((topic, rules) -> {
            for (Rule r : rules) {
                prefilters.put(r, r.prefilter());
            }
            directByTopic.put(topic, rules.stream().filter(r -> r.kind() == RuleKind.DIRECT).toList());
        });
    }

    @Override
    public Finding find(String question, TopicDecision topics, Document document) {
        return find(RuleOrder.of(rulesByTopic, topics.topics()), document);
    }

    /**
     * The finding of the topics' direct rules alone: what a near topic is asked for (its facts, which only direct
     * rules name), without tagging the sentences that only its related rules could match.
     */
    public Finding findDirect(TopicDecision topics, Document document) {
        return find(RuleOrder.of(directByTopic, topics.topics()), document);
    }

    private Finding find(List<Rule> rules, Document document) {
        if (document.isEmpty()) {
            return new Finding(Verdict.NO_INFORMATION, Reason.NO_CONTEXT, List.of());
        }
        List<Evidence> direct = new ArrayList<>();
        List<Evidence> negated = new ArrayList<>();
        List<Evidence> related = new ArrayList<>();
        List<Evidence> matches = new ArrayList<>();
        List<String> decisions = new ArrayList<>();
        List<FindingLog.SentenceRef> tagged = new ArrayList<>();
        List<Prefilter> gates = rules.stream().map(prefilters::get).toList();
        DeepInPrompt deepInPrompt = new DeepInPrompt(document, background, this::plainView);
        for (Chunk chunk : document.chunks()) {
            for (int i = 0; i < chunk.sentences().size(); i++) {
                int at = i;
                CandidateView candidate = chunk.annotation().memo(CANDIDATE_SLOT, i,
                        () -> candidates.apply(chunk.sentences().get(at)));
                if (!mayMatch(gates, candidate)) {
                    continue;
                }
                Sentence sentence = chunk.tagged(i);
                tagged.add(new FindingLog.SentenceRef(chunk.number(), i));
                SentenceView view = chunk.annotation().memo(VIEW_SLOT, i, () -> views.apply(sentence));
                IntFunction<SentenceView> around = j -> j == at ? view : plainView(chunk, j);
                for (Rule rule : rules) {
                    RuleMatch m = rule.match(view);
                    if (m == null) {
                        continue;
                    }
                    Evidence e;
                    if (background.inReferenceList(i, chunk.sentences().size(), around)) {
                        decisions.add("chunk " + chunk.number() + " s" + i + ": " + rule.id() + " matched a sentence "
                                + "of a reference list: not cited");
                        break;
                    }
                    String about = rule.kind() == RuleKind.DIRECT
                            ? OtherWork.reason(background, rule.topic(), i, view, around, deepInPrompt) : null;
                    if ((about != null || rule.kind() == RuleKind.RELATED) && !background.says(view)) {
                        decisions.add("chunk " + chunk.number() + " s" + i + ": " + rule.id() + " matched a heading "
                                + "or table cell (no statement): not cited as related evidence");
                        break;
                    }
                    if (about != null) {
                        decisions.add("chunk " + chunk.number() + " s" + i + ": " + rule.id() + " matched a sentence "
                                + "about " + about + ": related evidence, no facts");
                        e = evidence(chunk, sentence, m, RuleKind.RELATED, List.of(), false);
                        related.add(e);
                    } else {
                        List<Fact> found = rule.kind() == RuleKind.DIRECT ? facts.facts(chunk, view, m) : List.of();
                        e = evidence(chunk, sentence, m, rule.kind(), found, rule.kind() == RuleKind.DIRECT
                                && m.negated());
                        (rule.kind() == RuleKind.RELATED ? related : e.negated() ? negated : direct).add(e);
                    }
                    matches.add(e);
                    break;
                }
            }
        }
        List<Evidence> all = new ArrayList<>(direct);
        all.addAll(negated);
        all.addAll(related);
        FindingLog log = new FindingLog(matches, tagged, decisions);
        if (!direct.isEmpty()) {
            return new Finding(Verdict.ANSWERED, Reason.DIRECT_EVIDENCE, all, log);
        }
        if (!negated.isEmpty()) {
            return new Finding(Verdict.PARTIAL, Reason.NEGATED_EVIDENCE_ONLY, all, log);
        }
        if (!related.isEmpty()) {
            return new Finding(Verdict.PARTIAL, Reason.RELATED_EVIDENCE_ONLY, all, log);
        }
        return new Finding(Verdict.NO_INFORMATION, Reason.NO_MATCHING_EVIDENCE, all, log);
    }

    /** True when some rule's prefilter holds of the sentence (a loop: it runs for every sentence of every prompt). */
    private static boolean mayMatch(List<Prefilter> gates, CandidateView candidate) {
        for (Prefilter g : gates) {
            if (g.mayMatch(candidate)) {
                return true;
            }
        }
        return false;
    }

    /** Turns a rule match into cited evidence, with offsets in the chunk's original text. */
    static Evidence evidence(Chunk chunk, Sentence sentence, RuleMatch m, RuleKind kind, List<Fact> facts,
                             boolean negated) {
        int start = chunk.text().originalOffset(sentence.start());
        int end = chunk.text().originalEnd(sentence.end());
        String quoted = Quote.of(chunk.text(), sentence.start(), sentence.end());
        return new Evidence(chunk.number(), start, end, quoted, m.rule().id(), m.rule().location(), kind, facts,
                negated);
    }

    /** The plain view of sentence {@code i} of the chunk: untagged, so reading a neighbour costs no tagging. */
    private SentenceView plainView(Chunk chunk, int i) {
        Sentence sentence = chunk.sentences().get(i);
        return chunk.annotation().memo(PLAIN_VIEW_SLOT, i, () -> plain.apply(sentence));
    }
}
