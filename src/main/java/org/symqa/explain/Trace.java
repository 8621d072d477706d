package org.symqa.explain;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.symqa.evidence.Reason;
import org.symqa.evidence.Verdict;
import org.symqa.text.RepairedText;
import org.symqa.topic.TopicDecision;

/**
 * The whole path of one prompt through the pipeline, in stage order: what was read, repaired and tagged, the topic
 * decision and the words that decided it, every rule that fired and the evidence stage's other decisions (as the run
 * recorded them), the nearest miss of each rule that did not, the verdict, the template that wrote the answer, and
 * what the rules of the near topics found when the verdict is not answered.
 */
public record Trace(String question, int wordLimit, String format, List<ChunkTrace> chunks, TopicDecision topics,
                    List<Fired> fired, List<String> decisions, List<NearMiss> nearMisses, Verdict verdict, Reason reason,
                    String template, String templateLocation, String answer, String rulesDigest, String nlp,
                    org.symqa.RuleOrigin rulesFrom, List<String> ruleFiles,
                    Map<String, String> ruleSources, List<Near> near) {

    public Trace {
        near = List.copyOf(near);
        chunks = List.copyOf(chunks);
        fired = List.copyOf(fired);
        decisions = List.copyOf(decisions);
        nearMisses = List.copyOf(nearMisses);
        ruleFiles = List.copyOf(ruleFiles);
        ruleSources = Collections.unmodifiableMap(new LinkedHashMap<>(ruleSources));
    }

    /** A chunk: its text before and after repair, the repairs made, and its sentences. */
    public record ChunkTrace(int number, String original, String repaired, List<RepairedText.Repair> repairs,
                             List<SentenceTrace> sentences) {
    }

    /**
     * A sentence with its tokens; {@code start}/{@code end} are offsets in the chunk's original text.
     *
     * @param taggedInRun true when the run tagged it (some rule could match it); the others are tagged for the trace
     */
    public record SentenceTrace(int index, int start, int end, String text, List<TokenTrace> tokens,
                                boolean taggedInRun) {
    }

    /** A token as tagged: word, lemma, part of speech, offsets in the chunk's original text. */
    public record TokenTrace(String word, String lemma, String pos, int start, int end) {
    }

    /**
     * A rule that fired on a sentence.
     *
     * @param cited true when this match is among the finding's evidence
     */
    public record Fired(String rule, String location, String kind, int chunk, int sentence, String text,
                        List<String> facts, boolean cited) {
    }

    /**
     * A near topic asked because the question's own topic did not answer: its verdict and the rules that fired, each
     * {@code cited} when the reply names one of its facts (it names facts of answered near topics only).
     */
    public record Near(String topic, Verdict verdict, List<Fired> fired) {
        public Near {
            fired = List.copyOf(fired);
        }
    }
}
