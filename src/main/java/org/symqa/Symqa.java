package org.symqa;

import java.util.ArrayList;
import java.util.List;
import org.symqa.answer.Answer;
import org.symqa.answer.AnswerWriter;
import org.symqa.answer.TemplateAnswerWriter;
import org.symqa.evidence.EvidenceFinder;
import org.symqa.evidence.Finding;
import org.symqa.evidence.OverlapEvidenceFinder;
import org.symqa.evidence.RuleEvidenceFinder;
import org.symqa.lexicon.TermMatcher;
import org.symqa.nlp.Annotator;
import org.symqa.nlp.Chunk;
import org.symqa.nlp.Document;
import org.symqa.nlp.Sentence;
import org.symqa.nlp.Token;
import org.symqa.prompt.Prompt;
import org.symqa.prompt.PromptException;
import org.symqa.prompt.PromptReader;
import org.symqa.rules.SentenceView;
import org.symqa.text.RepairedText;
import org.symqa.topic.CueTopicRecognizer;
import org.symqa.topic.TopicDecision;
import org.symqa.topic.TopicRecognizer;

/**
 * The answering pipeline: prompt reading, text repair, annotation, topic recognition, evidence, answer writing.
 * Thread-safe once built; it never prints and never exits.
 */
public final class Symqa {
    private final RuleSet ruleSet;
    private final Annotator annotator;
    private final PromptReader reader;
    private final TermMatcher terms;
    private final TopicRecognizer recognizer;
    private final EvidenceFinder ruleFinder;
    private final EvidenceFinder generalFinder;
    private final AnswerWriter writer;

    public Symqa(RuleSet ruleSet, Annotator annotator) {
        this.ruleSet = ruleSet;
        this.annotator = annotator;
        this.reader = new PromptReader(ruleSet.layout());
        this.terms = new TermMatcher(ruleSet.lexicons().loaded());
        this.recognizer = new CueTopicRecognizer(ruleSet.topics(), this::questionView);
        this.ruleFinder = new RuleEvidenceFinder(ruleSet.rules(), this::view);
        this.generalFinder = new OverlapEvidenceFinder(ruleSet.general(), this::questionView, this::view);
        this.writer = new TemplateAnswerWriter(ruleSet.templates(), ruleSet.topics());
    }

    /** The rules this pipeline runs on. */
    public RuleSet ruleSet() {
        return ruleSet;
    }

    /** The prompt reader (for callers that read JSON input themselves). */
    public PromptReader reader() {
        return reader;
    }

    /** Answers a prompt given as text. */
    public Result answer(String promptText) throws PromptException {
        return answer(reader.read(promptText));
    }

    /** Answers a prompt. */
    public Result answer(Prompt prompt) {
        return answer(prompt, annotate(prompt));
    }

    /**
     * Answers a prompt whose chunks were already repaired and annotated (by {@link #annotate} or the same way), so
     * that many questions over one text annotate it once.
     */
    public Result answer(Prompt prompt, Document document) {
        TopicDecision topics = recognizer.recognise(prompt.question());
        EvidenceFinder finder = topics.isGeneral() ? generalFinder : ruleFinder;
        Finding finding = finder.find(prompt.question(), topics, document);
        Answer answer = writer.write(prompt, topics, finding, document);
        return new Result(prompt, topics, finding, answer);
    }

    /** Repairs and annotates the prompt's chunks. */
    public Document annotate(Prompt prompt) {
        List<Chunk> chunks = new ArrayList<>();
        for (String text : prompt.chunks()) {
            chunks.add(annotate(chunks.size() + 1, text));
        }
        return new Document(chunks);
    }

    /** Repairs and annotates one chunk of context text, numbered {@code number} (1-based). */
    public Chunk annotate(int number, String text) {
        RepairedText repaired = ruleSet.repairs().apply(RepairedText.of(text));
        return new Chunk(number, repaired, annotator.annotate(repaired.text()));
    }

    /** A sentence with its lexicon hits. */
    public SentenceView view(Sentence sentence) {
        return new SentenceView(sentence, terms.find(sentence.tokens()));
    }

    /** A question (or any short text) as one annotated sentence with its lexicon hits. */
    public SentenceView questionView(String text) {
        List<Token> tokens = new ArrayList<>();
        for (Sentence s : annotator.annotate(text)) {
            tokens.addAll(s.tokens());
        }
        return view(new Sentence(0, text, 0, text.length(), tokens));
    }
}
