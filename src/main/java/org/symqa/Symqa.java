package org.symqa;

import java.util.ArrayList;
import java.util.List;
import org.symqa.answer.Answer;
import org.symqa.answer.AnswerWriter;
import org.symqa.answer.GeneralAnswerWriter;
import org.symqa.answer.NearFinding;
import org.symqa.answer.TemplateAnswerWriter;
import org.symqa.evidence.EvidenceFinder;
import org.symqa.evidence.Finding;
import org.symqa.evidence.RuleEvidenceFinder;
import org.symqa.evidence.general.GeneralEvidenceFinder;
import org.symqa.lexicon.TermMatcher;
import org.symqa.nlp.Annotator;
import org.symqa.nlp.Chunk;
import org.symqa.nlp.CoreNlpAnnotator;
import org.symqa.nlp.Document;
import org.symqa.nlp.Sentence;
import org.symqa.nlp.Sentences;
import org.symqa.nlp.TagCache;
import org.symqa.nlp.Token;
import org.symqa.prompt.Prompt;
import org.symqa.prompt.PromptException;
import org.symqa.prompt.PromptReader;
import org.symqa.resources.ResourceSource;
import org.symqa.resources.SourceException;
import org.symqa.rules.CandidateView;
import org.symqa.rules.SentenceView;
import org.symqa.text.RepairedText;
import org.symqa.topic.CueTopicRecognizer;
import org.symqa.topic.TopicCatalog;
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
    private final RuleEvidenceFinder ruleFinder;
    private final EvidenceFinder generalFinder;
    private final AnswerWriter writer;
    private final NearTopicFinder nearTopics;
    private final AnswerWriter generalWriter;
    private final TextCache<Prepared> chunks;
    private final TextCache<SentenceView> questions = new TextCache<>(QUESTION_CACHE);
    private final TextCache<TopicDecision> topicsOf = new TextCache<>(QUESTION_CACHE);

    /**
     * Chunks kept prepared (repaired and split, tagged sentences memoised) for the prompts that follow: about the
     * distinct chunks of one paper's 28 questions (silver-dev: 14,203 distinct chunks over 295 papers, 48 a paper).
     * More only keeps medium-lived chunks that a small heap promotes and then frees in full collections: 128 made the
     * silver-dev batch about 9 % slower with the same output (BENCHMARKS.md).
     */
    public static final int DEFAULT_CHUNK_CACHE = 48;
    /** Questions kept tagged. */
    private static final int QUESTION_CACHE = 256;

    /** A chunk text repaired and split into sentences that are tagged on demand. */
    private record Prepared(RepairedText repaired, Sentences sentences) {
    }

    /**
     * Loads the rules and lexicons and builds the pipeline with a CoreNLP annotator, its tagger model loaded before
     * this returns (every question is tagged: the first prompt's time limit must not pay for the model).
     *
     * @param rules             where rule files come from
     * @param lexicons          where lexicon files come from
     * @param maxSentenceTokens most tokens in a sentence; a longer one is split before tagging
     */
    public static Symqa load(ResourceSource rules, ResourceSource lexicons,
                             int maxSentenceTokens) throws SourceException {
        return load(rules, lexicons, new CoreNlpAnnotator(maxSentenceTokens));
    }

    /**
     * Loads the rules and lexicons and builds the pipeline on {@code annotator}, its models loaded before this
     * returns (the model loads on the other core while the rules load).
     */
    public static Symqa load(ResourceSource rules, ResourceSource lexicons, Annotator annotator) throws SourceException {
        annotator.preload();
        Symqa symqa = new Symqa(RuleSet.load(rules, lexicons, annotator), annotator);
        annotator.awaitModels();
        return symqa;
    }

    public Symqa(RuleSet ruleSet, Annotator annotator) {
        this(ruleSet, annotator, DEFAULT_CHUNK_CACHE);
    }

    /**
     * A pipeline that keeps up to {@code chunkCache} prepared chunks (0: none) for the prompts that follow, and then
     * also the tags of the sentences tagged last ({@link TagCache}: overlapping chunks share sentences).
     */
    public Symqa(RuleSet ruleSet, Annotator annotator, int chunkCache) {
        this.chunks = new TextCache<>(chunkCache);
        this.ruleSet = ruleSet;
        this.annotator = chunkCache == 0 ? annotator : TagCache.of(annotator);
        this.reader = new PromptReader(ruleSet.layout());
        this.terms = new TermMatcher(ruleSet.lexicons().loaded());
        this.recognizer = new CueTopicRecognizer(ruleSet.topics(), this::questionView);
        this.ruleFinder = new RuleEvidenceFinder(ruleSet.rules(), this::view, this::candidateView, this::plainView,
                ruleSet.facts(), ruleSet.background());
        this.generalFinder = new GeneralEvidenceFinder(ruleSet.general(), ruleSet.background(), this::questionView,
                this::view);
        this.nearTopics = new NearTopicFinder(ruleFinder, ruleSet.templates());
        this.writer = new TemplateAnswerWriter(ruleSet.templates(), ruleSet.topics(), ruleSet.about(), ruleSet.background(),
                this::plainView, ruleSet.facts());
        this.generalWriter = new GeneralAnswerWriter(ruleSet.templates(), ruleSet.topics());
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
        return answer(prompt, document, topicsOf.get(prompt.question(), recognizer::recognise));
    }

    /**
     * Answers a prompt on the path for questions outside the topics, whatever topic the question has: to measure
     * that path on its own ({@code symqa eval --general}).
     */
    public Result answerGeneral(Prompt prompt, Document document) {
        return answer(prompt, document, new TopicDecision(List.of(TopicCatalog.GENERAL), List.of()));
    }

    private Result answer(Prompt prompt, Document document, TopicDecision topics) {
        EvidenceFinder finder = topics.isGeneral() ? generalFinder : ruleFinder;
        Finding finding = finder.find(prompt.question(), topics, document);
        List<NearFinding> near = topics.isGeneral() ? List.of() : nearTopics.find(prompt, topics, finding, document);
        Answer answer = (topics.isGeneral() ? generalWriter : writer).write(prompt, topics, finding, near, document);
        return new Result(prompt, topics, finding, answer, near);
    }

    /**
     * Repairs and splits the prompt's chunks; sentences are tagged when first asked for. Chunks seen by an earlier
     * prompt come from a cache.
     */
    public Document annotate(Prompt prompt) {
        List<Chunk> out = new ArrayList<>();
        for (String text : prompt.chunks()) {
            Prepared p = chunks.get(text, this::prepare);
            out.add(new Chunk(out.size() + 1, p.repaired(), p.sentences()));
        }
        return new Document(out);
    }

    private Prepared prepare(String text) {
        RepairedText repaired = ruleSet.repairs().apply(RepairedText.of(text));
        return new Prepared(repaired, new Sentences(annotator.split(repaired.text()), annotator::tag));
    }

    /** An untagged sentence with every lemma each token could get, for the rule prefilter. */
    public CandidateView candidateView(Sentence split) {
        List<List<Token>> alternatives = new ArrayList<>(split.tokens().size());
        for (Token t : split.tokens()) {
            List<String> lemmas = annotator.possibleLemmas(t.word());
            List<Token> forms = new ArrayList<>(lemmas.size());
            for (String lemma : lemmas) {
                forms.add(new Token(t.word(), lemma, "", t.start(), t.end()));
            }
            alternatives.add(forms);
        }
        return new CandidateView(split, alternatives, terms::possibleLexicons);
    }

    /** Repairs and annotates one chunk of context text, numbered {@code number} (1-based). */
    public Chunk annotate(int number, String text) {
        Prepared p = prepare(text);
        return new Chunk(number, p.repaired(), p.sentences());
    }

    /** A sentence with its lexicon hits. */
    public SentenceView view(Sentence sentence) {
        return new SentenceView(sentence, terms.find(sentence.tokens()), ruleSet.negation());
    }

    /** A sentence with its lexicon hits and no negation scopes: what unanswered replies and reference tests read. */
    private SentenceView plainView(Sentence sentence) {
        return new SentenceView(sentence, terms.find(sentence.tokens()));
    }

    /** A question (or any short text) as one annotated sentence with its lexicon hits. */
    public SentenceView questionView(String text) {
        return questions.get(text, this::makeQuestionView);
    }

    private SentenceView makeQuestionView(String text) {
        List<Token> tokens = new ArrayList<>();
        for (Sentence s : annotator.annotate(text)) {
            tokens.addAll(s.tokens());
        }
        return view(new Sentence(0, text, 0, text.length(), tokens));
    }
}
