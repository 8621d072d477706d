package org.symqa.evidence;

import org.symqa.resources.KeyValueFile;
import org.symqa.resources.SourceException;
import org.symqa.rules.AnyOf;
import org.symqa.rules.ItemParser;
import org.symqa.rules.SentenceView;

/**
 * Tells sentences about other people's work, and about the study's statistical model ({@link OtherModel}), from
 * sentences about this study's deep-learning methods, by the settings of
 * {@code rules/background.txt}: a reference-list entry (dense with initials, years and bibliographic words), or a
 * remark about earlier studies ("previous studies have used ...") or a cited study that acts ("Okafor et al. (2019)
 * drew boxes ...") that says nothing of this study ("we", "our"),
 * or a plan ("in future work, we will add dropout"), or a question ("Do you normalise the images?"): it asks, it
 * does not say; or a general remark about the field ("Dropout is widely used to reduce overfitting").
 * A rule that matches such a sentence is only related evidence, and its words are never facts.
 *
 * @param references     which sentences stand in a reference list
 * @param otherWork      words that speak of other studies
 * @param citing         a cited study that does something ("Berg et al. (2020) collected ..."): it speaks of other
 *                       work like an {@code other-work:} word; optional (null: none)
 * @param continues      a sentence that points back to the other work of the sentence before it ("they"); optional
 *                       (null: none)
 * @param self           words that speak of this study
 * @param plans          words that speak of work not done yet ("future work", "further research")
 * @param questionEnd    a sentence that ends on one of these items asks a question ("?"); the optional
 *                       {@code question-end:} line (null when there is none: no sentence asks)
 * @param generic        a general remark: a sentence with one of these words ("often", "widely used") and no
 *                       anchor ({@code generic-anchor-tags}, a self word) speaks of the field, not of this study
 *                       ("Dropout is widely used to reduce overfitting"); optional (none: no sentence is one)
 * @param statement      what a sentence needs to say something rather than head a section or fill a table cell;
 *                       optional (null: every sentence says something)
 * @param otherModel     which sentences speak of the study's statistical model rather than its network; optional
 *                       (null: none)
 */
public record Background(ReferenceEntries references, AnyOf otherWork, Citation citing, Continuation continues,
                         AnyOf self, AnyOf plans, AnyOf questionEnd, Generic generic, Statement statement,
                         OtherModel otherModel) {
    public Background {
        java.util.Objects.requireNonNull(references, "references");
    }

    /** The key of the items a question ends on. */
    private static final String QUESTION_END = "question-end";
    /** The keys of the file, in file order. */
    private static final java.util.List<String> KEYS = java.util.stream.Stream.of(ReferenceEntries.KEYS,
            java.util.List.of("other-work"), Citation.KEYS, java.util.List.of(Continuation.KEY, "self", "plans",
                    QUESTION_END, "generic", "generic-anchor-tags"), Statement.KEYS, OtherModel.KEYS)
            .flatMap(java.util.List::stream).toList();

    /** Reads the settings file; an unknown or repeated key is an error. */
    public static Background from(KeyValueFile f, ItemParser items) throws SourceException {
        java.util.List<SourceException> errors = new java.util.ArrayList<>();
        f.checkKeys(KEYS, java.util.List.of(), errors);
        if (!errors.isEmpty()) {
            throw errors.get(0);
        }
        if (f.find("generic").isEmpty() && f.find("generic-anchor-tags").isPresent()) {
            throw new SourceException(f.name(), f.find("generic-anchor-tags").get().line(), 1,
                    "generic-anchor-tags: without a generic: line has no effect");
        }
        // read in file order, so that the first bad value is the one reported
        ReferenceEntries references = ReferenceEntries.from(f, items);
        AnyOf otherWork = Settings.items(f, items, "other-work");
        Citation citing = Citation.from(f, items);
        Continuation continues = Continuation.from(f, items);
        AnyOf self = Settings.items(f, items, "self");
        AnyOf plans = Settings.items(f, items, "plans");
        AnyOf questionEnd = f.find(QUESTION_END).isPresent() ? Settings.items(f, items, QUESTION_END) : null;
        Generic generic = f.find("generic").isPresent() ? new Generic(Settings.items(f, items, "generic"),
                Settings.pattern(f, "generic-anchor-tags")) : null;
        return new Background(references, otherWork, citing, continues, self, plans, questionEnd, generic,
                Statement.from(f), OtherModel.from(f, items));
    }

    /**
     * True when sentence {@code i} of a chunk of {@code n} sentences ({@code view} gives them) is about other work:
     * by itself ({@link #test(SentenceView)}), as part of a reference list ({@link #inReferenceList}), or going on
     * about the other work of the sentence before it ({@link #continuesOtherWork}).
     */
    public boolean test(int i, int n, java.util.function.IntFunction<SentenceView> view) {
        return test(view.apply(i)) || inReferenceList(i, n, view) || continuesOtherWork(i, view);
    }

    /**
     * True when sentence {@code i} ({@code view} gives a chunk's sentences) goes on about other work: it has no self
     * word, points back ({@link Continuation}), and the sentence before it is about earlier or cited studies, or goes
     * on about them in turn.
     */
    public boolean continuesOtherWork(int i, java.util.function.IntFunction<SentenceView> view) {
        if (continues == null) {
            return false;
        }
        int at = i;
        while (at > 0) {
            SentenceView s = view.apply(at);
            if (marks(s).self() || !continues.pointsBack(s)) {
                return false;
            }
            Marks before = marks(view.apply(at - 1));
            if (before.self() || before.reference()) {
                return false;
            }
            if (before.otherWork()) {
                return true;
            }
            at--;
        }
        return false;
    }

    /**
     * True when sentence {@code i} ({@code view} gives a chunk's sentences) speaks of the study's statistical model,
     * for a rule of {@code topic} ({@link OtherModel}); {@code deepInPrompt} tells whether the prompt names deep
     * learning at all (asked only when needed). False when the file sets no {@code other-model:} or the prompt names
     * no deep learning.
     */
    public boolean aboutOtherModel(String topic, int i, java.util.function.IntFunction<SentenceView> view,
                                   java.util.function.BooleanSupplier deepInPrompt) {
        return otherModel != null && otherModel.test(topic, i, view, deepInPrompt);
    }

    /** True when the sentence speaks of this study ("we", "our", "this study"). */
    public boolean speaksOfThisStudy(SentenceView s) {
        return marks(s).self();
    }

    /**
     * True when the sentence is about other people's work or work not done yet, or asks a question: not this
     * study's methods.
     */
    public boolean test(SentenceView s) {
        Marks m = marks(s);
        return m.reference() || m.plans() || m.question() || m.otherWork() && !m.self() || m.generic();
    }

    /** True when the sentence says something: not a heading or table cell ({@link Statement}). */
    public boolean says(SentenceView s) {
        return statement == null || statement.says(s);
    }

    /** True when the sentence ends on a {@code question-end:} item: it asks a question. */
    public boolean isQuestion(SentenceView s) {
        return marks(s).question();
    }

    /** True when the sentence reads as a reference-list entry. */
    public boolean isReference(SentenceView s) {
        return marks(s).reference();
    }

    /**
     * True when sentence {@code i} of a chunk of {@code n} sentences stands in a reference list: an entry, the title
     * right after one (it does not speak of this study), or a short piece near one ({@link ReferenceEntries}).
     * {@code view} gives the chunk's sentences; the one before is asked for when this one does not speak of this study,
     * the others only when it is short as well.
     */
    public boolean inReferenceList(int i, int n, java.util.function.IntFunction<SentenceView> view) {
        SentenceView s = view.apply(i);
        if (isReference(s)) {
            return true;
        }
        if (marks(s).self()) {
            return false;
        }
        return i > 0 && isReference(view.apply(i - 1)) || references.isPiece(i, n, view, this::isReference);
    }

    /** What the settings find in one sentence: worked out once per view, as the same view is asked about often. */
    private record Marks(boolean reference, boolean plans, boolean question, boolean otherWork, boolean self,
                         boolean generic) {
    }

    private Marks marks(SentenceView s) {
        return s.derived(this, v -> {
            // other work counts only without a self word and outside a reference entry: the citation test waits
            boolean self = this.self.any(v);
            boolean reference = references.isEntry(v);
            return new Marks(reference, plans.any(v), questionEnd != null
                    && questionEnd.find(v).stream().anyMatch(sp -> sp.end() == v.tokens().size()),
                    otherWork.any(v) || !self && !reference && citing != null && citing.test(v), self,
                    generic != null && !self && generic.test(v));
        });
    }
}
