package org.symqa.evidence;

import org.symqa.resources.KeyValueFile;
import org.symqa.resources.SourceException;
import org.symqa.rules.AnyOf;
import org.symqa.rules.BlockFile;
import org.symqa.rules.ItemParser;
import org.symqa.rules.SentenceView;
import org.symqa.rules.Span;

/**
 * Tells sentences about other people's work from sentences about this study's methods, by the settings of
 * {@code rules/background.txt}: a reference-list entry (dense with initials, years and bibliographic words), or a
 * remark about earlier studies ("previous studies have used ...") that says nothing of this study ("we", "our"),
 * or a plan ("in future work, we will add dropout"), or a question ("Do you normalise the images?"): it asks, it
 * does not say; or a general remark about the field ("Dropout is widely used to reduce overfitting").
 * A rule that matches such a sentence is only related evidence, and its words are never facts.
 *
 * @param referenceToken a token typical of a reference entry
 * @param referenceShare the least share of a sentence's tokens that are reference tokens for a reference entry
 * @param referenceMin   the least number of reference tokens for a reference entry
 * @param referenceHead  an entry also when its first this many tokens hold {@code referenceMin} head tokens: it
 *                       opens with its authors ("Elith, J., Leathwick, J.R., 2009. Species distribution models ...")
 * @param headToken      a token of an entry's opening (initials, a year; not "et al.", which in-text citations have)
 * @param referenceOpening an entry also when the sentence's text opens with this pattern (one author with initials
 *                       and a year: "Burg, J.P., 1967.", too few head tokens for {@code referenceHead})
 * @param otherWork      words that speak of other studies
 * @param self           words that speak of this study
 * @param plans          words that speak of work not done yet ("future work", "further research")
 * @param questionEnd    a sentence that ends on one of these items asks a question ("?"); the optional
 *                       {@code question-end:} line (null when there is none: no sentence asks)
 * @param generic        a general remark: a sentence with one of these words ("often", "widely used") and no
 *                       anchor ({@code generic-anchor-tags}, a self word) speaks of the field, not of this study
 *                       ("Dropout is widely used to reduce overfitting"); optional (none: no sentence is one)
 */
public record Background(AnyOf referenceToken, double referenceShare, int referenceMin, int referenceHead,
                         AnyOf headToken, java.util.regex.Pattern referenceOpening, AnyOf otherWork, AnyOf self,
                         AnyOf plans, AnyOf questionEnd, Generic generic) {
    /** A general remark's words, and the tags of words that anchor a sentence in a described study. */
    public record Generic(AnyOf words, java.util.regex.Pattern anchorTags) {
        public Generic {
            java.util.Objects.requireNonNull(words, "words");
            java.util.Objects.requireNonNull(anchorTags, "anchorTags");
        }
    }

    public Background {
        if (referenceMin < 1 || referenceHead < 0 || referenceShare < 0 || referenceShare > 1) {
            throw new IllegalArgumentException("reference-min must be at least 1, reference-head at least 0, "
                    + "reference-share in 0..1");
        }
    }

    /** The tag of a past participle: it anchors a general remark's sentence unless a generic word governs it. */
    private static final String PARTICIPLE = "VBN";

    /** The key of the items a question ends on. */
    private static final String QUESTION_END = "question-end";
    /** The keys of the file, in file order. */
    private static final java.util.List<String> KEYS = java.util.List.of("reference-token", "reference-share",
            "reference-min", "reference-head", "reference-head-token", "reference-opening", "other-work", "self", "plans",
            QUESTION_END, "generic", "generic-anchor-tags");

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
        return new Background(items(f, items, "reference-token"), number(f, "reference-share", 0, 1),
                (int) number(f, "reference-min", 1, 100), (int) number(f, "reference-head", 0, 100),
                items(f, items, "reference-head-token"), pattern(f, "reference-opening"), items(f, items, "other-work"),
                items(f, items, "self"), items(f, items, "plans"), f.find(QUESTION_END).isPresent()
                ? items(f, items, QUESTION_END) : null, f.find("generic").isPresent()
                ? new Generic(items(f, items, "generic"), pattern(f, "generic-anchor-tags")) : null);
    }

    private static java.util.regex.Pattern pattern(KeyValueFile f, String key) throws SourceException {
        KeyValueFile.Entry e = f.require(key);
        try {
            return java.util.regex.Pattern.compile(e.value());
        } catch (java.util.regex.PatternSyntaxException x) {
            throw new SourceException(f.name(), e.line(), key.length() + 3 + Math.max(x.getIndex(), 0), "bad " + key
                    + " pattern: " + x.getDescription());
        }
    }

    /**
     * True when the sentence is about other work by itself ({@link #test(SentenceView)}), or is the title of the
     * reference entry before it: the sentence right after an entry ({@code previous}, null when there is none) that
     * does not speak of this study ("Fick, S.E., Hijmans, R.J., 2017." then "WorldClim 2: new 1-km spatial ...").
     */
    public boolean test(SentenceView s, SentenceView previous) {
        return test(s) || isTitle(s, previous);
    }

    /** True when the sentence speaks of this study ("we", "our", "this study"). */
    public boolean speaksOfThisStudy(SentenceView s) {
        return marks(s).self();
    }

    /** True when the sentence follows a reference entry and does not speak of this study. */
    public boolean isTitle(SentenceView s, SentenceView previous) {
        return previous != null && isReference(previous) && !marks(s).self();
    }

    /**
     * True when the sentence is about other people's work or work not done yet, or asks a question: not this
     * study's methods.
     */
    public boolean test(SentenceView s) {
        Marks m = marks(s);
        return m.reference() || m.plans() || m.question() || m.otherWork() && !m.self() || m.generic();
    }

    /** True when the sentence ends on a {@code question-end:} item: it asks a question. */
    public boolean isQuestion(SentenceView s) {
        return marks(s).question();
    }

    /** True when the sentence reads as a reference-list entry. */
    public boolean isReference(SentenceView s) {
        return marks(s).reference();
    }

    /** What the settings find in one sentence: worked out once per view, as the same view is asked about often. */
    private record Marks(boolean reference, boolean plans, boolean question, boolean otherWork, boolean self,
                         boolean generic) {
    }

    private Marks marks(SentenceView s) {
        return s.derived(this, v -> new Marks(reference(v), plans.any(v),
                questionEnd != null && questionEnd.find(v).stream().anyMatch(sp -> sp.end() == v.tokens().size()),
                otherWork.any(v), self.any(v), generic(v)));
    }

    /**
     * True for a general remark: a {@code generic:} word, no self word, no word whose tag anchors it, and no past
     * participle but one a generic word governs ("is widely used", "has become"): "The network is trained with Adam,
     * which is widely used" describes a set-up.
     */
    private boolean generic(SentenceView v) {
        if (generic == null || self.any(v)) {
            return false;
        }
        java.util.List<Span> spans = generic.words().find(v);
        if (spans.isEmpty()) {
            return false;
        }
        boolean[] governed = new boolean[v.tokens().size() + 1];
        for (Span sp : spans) {
            for (int i = sp.start(); i <= sp.end(); i++) {
                governed[i] = true; // the item's words and the word right after it
            }
        }
        for (int i = 0; i < v.tokens().size(); i++) {
            String tag = v.tokens().get(i).pos();
            if (generic.anchorTags().matcher(tag).matches() || tag.equals(PARTICIPLE) && !governed[i]) {
                return false;
            }
        }
        return true;
    }

    private boolean reference(SentenceView s) {
        int n = s.tokens().size();
        boolean[] marked = new boolean[n];
        int count = 0;
        for (Span sp : referenceToken.find(s)) {
            for (int i = sp.start(); i < sp.end(); i++) {
                if (!marked[i]) {
                    marked[i] = true;
                    count++;
                }
            }
        }
        return count >= referenceMin && count >= referenceShare * n || opensAsEntry(s)
                || referenceOpening.matcher(s.sentence().text()).lookingAt();
    }

    /** True when the sentence's first {@code referenceHead} tokens hold {@code referenceMin} head tokens. */
    private boolean opensAsEntry(SentenceView s) {
        boolean[] marked = new boolean[s.tokens().size()];
        int head = 0;
        for (Span sp : headToken.find(s)) {
            for (int i = sp.start(); i < Math.min(sp.end(), referenceHead); i++) {
                if (!marked[i]) {
                    marked[i] = true;
                    head++;
                }
            }
        }
        return head >= referenceMin;
    }

    private static AnyOf items(KeyValueFile f, ItemParser items, String key) throws SourceException {
        KeyValueFile.Entry e = f.require(key);
        return items.parse(f.name(), new BlockFile.Field(key, e.value(), e.line(), key.length() + 3));
    }

    private static double number(KeyValueFile f, String key, double min, double max) throws SourceException {
        KeyValueFile.Entry e = f.require(key);
        try {
            double v = Double.parseDouble(e.value());
            if (v >= min && v <= max) {
                return v;
            }
        } catch (NumberFormatException ex) {
            // reported below
        }
        throw new SourceException(f.name(), e.line(), key.length() + 3, key + " must be a number in " + min + ".."
                + max + ", got " + e.value());
    }
}
