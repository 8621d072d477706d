package org.symqa.evidence.general;

import java.util.ArrayList;
import java.util.List;
import org.symqa.lexicon.TermHit;
import org.symqa.nlp.Token;
import org.symqa.rules.AnyOf;
import org.symqa.rules.SentenceView;
import org.symqa.rules.Span;

/**
 * Analyses a general question: its answer type, its content words (without stop words, light words, the words
 * that asked for the type, and for a yes/no question the words of direction it asks about), the head of its focus
 * (the last noun of its first noun group) and its main verb.
 */
final class QuestionAnalyser {
    /** Tags of function words, which are never content words. */
    private static final java.util.regex.Pattern FUNCTION =
            java.util.regex.Pattern.compile("IN|DT|PDT|CC|TO|PRP\\$?|WDT|WP\\$?|WRB|MD|EX|RP|POS");
    private final GeneralSettings settings;

    QuestionAnalyser(GeneralSettings settings) {
        this.settings = settings;
    }

    Question analyse(SentenceView q) {
        QuestionType type = QuestionTypes.typeOf(settings.types(), q);
        Span asked = type.asked(q);
        List<Token> tokens = q.tokens();
        boolean[] out = new boolean[tokens.size()];
        settings.cues().stopwords().find(q).forEach(s -> mark(out, s));
        for (AnyOf a : type.asks()) {
            a.find(q).forEach(s -> mark(out, s));
        }
        List<String> frameLexicons = type.frameLexicons();
        for (TermHit h : q.hits()) {
            if (frameLexicons.contains(h.term().lexicon()) && h.start() >= asked.start() && h.end() <= asked.end()) {
                mark(out, new Span(h.start(), h.end()));
            }
        }
        if (type.shape() == AnswerShape.POLAR) {
            settings.cues().up().find(q).forEach(s -> mark(out, s));
            settings.cues().down().find(q).forEach(s -> mark(out, s));
        }
        List<Integer> content = new ArrayList<>();
        int head = -1;
        int verb = -1;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (out[i] || t.word().chars().noneMatch(Character::isLetterOrDigit) || FUNCTION.matcher(t.pos()).matches()) {
                continue;
            }
            content.add(i);
            if (t.pos().startsWith("NN") && (head < 0 || head == i - 1 && content.contains(i - 1))) {
                head = i;
            }
            if (verb < 0 && t.pos().startsWith("VB")) {
                verb = i;
            }
        }
        int last = content.isEmpty() ? -1 : content.get(content.size() - 1);
        if (doSupport(tokens) && last >= 0 && last + 1 < tokens.size() && tokens.get(last + 1).word().equals("?")) {
            verb = last;
            head = -1;
            for (int i : content) {
                if (i < last && tokens.get(i).pos().startsWith("NN")) {
                    head = i;
                }
            }
        }
        if (head < 0 && !content.isEmpty()) {
            head = content.get(0);
        }
        if (verb == head) {
            verb = -1;
        }
        boolean asksAim = !settings.cues().aim().find(q).isEmpty();
        return new Question(q, type, asked, content, head, verb, asksAim);
    }

    /** "What does X estimate?": a wh-word, then a form of "do" as auxiliary; the question's last word is its verb. */
    private static boolean doSupport(List<Token> tokens) {
        return tokens.size() > 2 && tokens.get(0).pos().startsWith("W") && tokens.get(1).lemma().equalsIgnoreCase("do");
    }

    private static void mark(boolean[] out, Span s) {
        for (int i = s.start(); i < s.end() && i < out.length; i++) {
            out[i] = true;
        }
    }
}
