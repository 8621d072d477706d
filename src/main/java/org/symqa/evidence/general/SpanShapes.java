package org.symqa.evidence.general;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.symqa.nlp.Token;
import org.symqa.rules.AnyOf;
import org.symqa.rules.SentenceView;
import org.symqa.rules.Span;

/**
 * Finds the spans of a sentence that have an answer shape: numbers with their qualifiers and units, dates, places,
 * noun phrases (and lists of them), and clauses. What numbers, units, dates and places are made of comes from
 * {@code rules/general.txt}; noun phrases are read off the part-of-speech tags.
 */
final class SpanShapes {
    static final Pattern CAPITAL = Pattern.compile("\\p{Lu}[\\p{L}\\p{N}.'-]*");

    private final GeneralSettings.Shapes items;
    private final NounPhrases phrases;
    private final Clauses clauses;

    SpanShapes(GeneralSettings settings) {
        this.items = settings.shapes();
        this.phrases = new NounPhrases(items.listJoin());
        this.clauses = new Clauses(settings.cues().scopeBreak(), items.citation());
    }

    /** Every span of the shape, in sentence order (for a clause: none, as a clause needs a start). */
    List<Span> all(AnswerShape shape, SentenceView v) {
        return switch (shape) {
            case NUMBER -> numbers(v);
            case DATE -> dates(v);
            case PLACE -> places(v);
            case NAME -> phrases.of(v);
            case POLAR, CLAUSE -> List.of();
        };
    }

    /** The clause from token p ({@link Clauses}). */
    Span clause(SentenceView v, int p, boolean afterComma) {
        return clauses.from(v, p, afterComma);
    }

    /** The span of the shape that starts at token {@code p}, or null; {@code afterComma}: an apposition's clause. */
    Span at(AnswerShape shape, SentenceView v, int p, boolean afterComma) {
        if (shape == AnswerShape.CLAUSE) {
            return clauses.from(v, p, afterComma);
        }
        for (Span s : all(shape, v)) {
            if (s.start() == p || s.start() == p + 1 && v.tokens().get(p).pos().equals("DT")) {
                return s;
            }
        }
        return null;
    }

    /** True when the span stands inside parentheses. */
    static boolean inParentheses(SentenceView v, Span s) {
        int depth = 0;
        for (int i = 0; i < s.start(); i++) {
            String w = v.tokens().get(i).word();
            depth += w.equals("(") ? 1 : w.equals(")") ? -1 : 0;
        }
        return depth > 0;
    }

    List<Span> numbers(SentenceView v) {
        List<Span> out = new ArrayList<>();
        int consumed = 0;
        for (Span core : merged(items.number().find(v))) {
            if (core.start() < consumed) {
                continue;
            }
            Span s = ranged(v, core, items.number());
            int start = s.start();
            int end = s.end();
            for (Span q : items.numberBefore().find(v)) {
                if (q.end() == start) {
                    start = q.start();
                }
            }
            end = grow(items.numberAfter().find(v), end);
            consumed = end;
            Span span = new Span(start, end);
            boolean year = items.date().find(v).stream().anyMatch(d -> d.start() == core.start() && d.end() == core.end());
            if (!(year && inParentheses(v, span))) {
                out.add(span);
            }
        }
        return distinct(out);
    }

    List<Span> dates(SentenceView v) {
        List<Span> out = new ArrayList<>();
        for (Span core : merged(items.date().find(v))) {
            if (out.isEmpty() || core.start() >= out.get(out.size() - 1).end()) {
                out.add(ranged(v, core, items.date()));
            }
        }
        return distinct(out);
    }

    List<Span> places(SentenceView v) {
        List<Token> t = v.tokens();
        List<Span> months = items.date().find(v);
        Set<Integer> joins = new java.util.HashSet<>();
        items.nameJoin().find(v).forEach(j -> joins.add(j.start()));
        List<Span> out = new ArrayList<>();
        int i = 0;
        while (i < t.size()) {
            if (!capital(t, i, months)) {
                i++;
                continue;
            }
            int end = i + 1;
            while (true) {
                if (end < t.size() && capital(t, end, months)) {
                    end++;
                } else if (end + 1 < t.size() && joins.contains(end) && capital(t, end + 1, months)) {
                    end += 2;
                } else {
                    break;
                }
            }
            if (t.subList(i, end).stream().anyMatch(k -> !k.pos().startsWith("JJ"))) {
                out.add(new Span(i, end));
            }
            i = end;
        }
        List<Span> words = items.placeWord().find(v);
        for (Span np : phrases.of(v)) {
            boolean capital = false;
            for (int k = Math.max(1, np.start()); k < np.end(); k++) {
                capital |= capital(t, k, months);
            }
            if (capital || words.stream().anyMatch(w -> w.start() >= np.start() && w.end() <= np.end())) {
                out.add(np);
            }
        }
        out.sort(Comparator.comparingInt(Span::start).thenComparing(Comparator.comparingInt(Span::end).reversed()));
        return distinct(out);
    }



    private boolean capital(List<Token> t, int i, List<Span> months) {
        Token k = t.get(i);
        boolean month = months.stream().anyMatch(m -> m.start() <= i && i < m.end());
        return !month && (k.pos().startsWith("NNP") || i > 0 && CAPITAL.matcher(k.word()).matches()
                && !k.pos().startsWith("VB")) && CAPITAL.matcher(k.word()).matches();
    }



    /** A core extended over a range to another core ("9% to 68%", "between 2010 and 2022"). */
    private Span ranged(SentenceView v, Span core, AnyOf cores) {
        List<Span> all = merged(cores.find(v));
        int end = core.end();
        int start = core.start();
        for (Span link : items.numberRange().find(v)) {
            if (link.start() == grow(items.numberAfter().find(v), end)) {
                for (Span next : all) {
                    if (next.start() == link.end()) {
                        end = next.end();
                        for (Span s : items.rangeStart().find(v)) {
                            if (s.end() == start) {
                                start = s.start();
                            }
                        }
                    }
                }
            }
        }
        return new Span(start, end);
    }

    private static int grow(List<Span> after, int end) {
        boolean grew = true;
        while (grew) {
            grew = false;
            for (Span s : after) {
                if (s.start() == end && s.end() > end) {
                    end = s.end();
                    grew = true;
                }
            }
        }
        return end;
    }

    private static List<Span> merged(List<Span> spans) {
        List<Span> sorted = new ArrayList<>(spans);
        sorted.sort(Comparator.comparingInt(Span::start).thenComparingInt(Span::end));
        List<Span> out = new ArrayList<>();
        for (Span s : sorted) {
            if (!out.isEmpty() && s.start() <= out.get(out.size() - 1).end()) {
                Span last = out.remove(out.size() - 1);
                out.add(new Span(last.start(), Math.max(last.end(), s.end())));
            } else {
                out.add(s);
            }
        }
        return out;
    }

    static List<Span> distinct(List<Span> spans) {
        List<Span> out = new ArrayList<>();
        for (Span s : spans) {
            if (!out.contains(s) && s.end() > s.start()) {
                out.add(s);
            }
        }
        return out;
    }
}
