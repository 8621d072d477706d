package org.symqa.evidence;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.symqa.nlp.Chunk;
import org.symqa.nlp.Token;
import org.symqa.rules.Mention;
import org.symqa.rules.RuleMatch;
import org.symqa.rules.SentenceView;
import org.symqa.rules.Span;
import org.symqa.text.Quote;

/**
 * Turns what a rule matched into whole facts of the prompt. A mention grows over the name parts beside it ("NVIDIA"
 * "RTX" "GPU" become "NVIDIA RTX 3090 GPU", but two versioned names side by side stay two: {@link
 * org.symqa.text.VersionedName}) and keeps a number's unit ("24 GB"); plain mentions that touch merge; a
 * fact never ends inside a parenthesis; a bare generic word ("augmented", "dataset") grows into the phrase after it
 * ("augmented by random flips and rotations"), and is dropped when it stays bare and the match names other facts;
 * plain facts that grow into each other become one.
 */
final class FactMaker {
    private final FactSettings settings;

    /** A mention, the span it grew to, and whether that span is still only generic words. */
    private record Grown(Mention mention, Span span, boolean bare) {
        /** A plain mention (no role, no details): facts that grew into each other become one. */
        boolean plain() {
            return mention.role() == null && mention.details().isEmpty();
        }
    }

    FactMaker(FactSettings settings) {
        this.settings = settings;
    }

    /** The facts of a rule match in a sentence of a chunk, in sentence order. */
    List<Fact> facts(Chunk chunk, SentenceView view, RuleMatch m) {
        List<Token> tokens = view.tokens();
        boolean[] generic = FactEdges.marks(settings.generic().find(view), tokens.size());
        boolean[] clauseEnd = FactEdges.marks(settings.clauseEnd().find(view), tokens.size());
        boolean[] unit = FactEdges.marks(settings.unit().find(view), tokens.size());
        List<Mention> plain = new ArrayList<>();
        List<Mention> framed = new ArrayList<>();
        for (Mention x : m.facts()) {
            (x.role() == null ? plain : framed).add(x);
        }
        List<Mention> all = new ArrayList<>(merge(plain, tokens, unit, settings));
        boolean[] joiner = settings.joiner() == null ? new boolean[tokens.size()]
                : FactEdges.marks(settings.joiner().find(view), tokens.size());
        all.addAll(mergeFramed(framed, tokens, unit, joiner, settings));
        all.sort(Comparator.comparingInt(x -> x.span().start()));
        all = Acronyms.joined(all, tokens);
        List<Grown> grown = new ArrayList<>();
        for (Mention x : all) {
            Span s = x.span();
            boolean isBare = (x.role() == null || x.details().isEmpty()) && bare(s, tokens, generic); // roles make it a fact
            if (isBare) {
                s = grow(s, tokens, generic, clauseEnd);
            }
            Grown g = new Grown(x, s, isBare && bare(s, tokens, generic));
            Grown last = grown.isEmpty() ? null : grown.get(grown.size() - 1);
            if (last != null && last.plain() && g.plain() && s.start() < last.span().end()) { // grown into each other
                grown.set(grown.size() - 1, new Grown(last.mention(), new Span(last.span().start(),
                        Math.max(last.span().end(), s.end())), last.bare() && g.bare()));
            } else {
                grown.add(g);
            }
        }
        List<Fact> kept = new ArrayList<>();
        List<Fact> bare = new ArrayList<>();
        for (Grown g : grown) {
            (g.bare() ? bare : kept).add(fact(chunk, tokens, g.span(), m, g.mention()));
        }
        if (kept.isEmpty() && !bare.isEmpty()) {
            Fact b = bare.get(0);
            kept.add(new Fact(b.text(), b.chunk(), b.start(), b.end(), b.rule(), b.role(), b.negated(), b.details(),
                    !b.text().contains(" "))); // "datasets" is bare; "data augmentation" says what was done
        }
        return kept;
    }

    private Fact fact(Chunk chunk, List<Token> tokens, Span s, RuleMatch m, Mention x) {
        List<Fact> details = new ArrayList<>();
        for (Mention d : x.details()) {
            details.add(fact(chunk, tokens, FactEdges.trimEnd(FactEdges.tidy(d.span().start(), d.span().end(),
                    tokens), tokens, settings.endTags()), m, d));
        }
        int from = tokens.get(s.start()).start();
        int to = tokens.get(s.end() - 1).end();
        return new Fact(Quote.of(chunk.text(), from, to), chunk.number(), chunk.text().originalOffset(from),
                chunk.text().originalEnd(to), m.rule().id(), x.role(), x.negated(), details);
    }

    /** Plain mentions grown and merged where they overlap or touch (negated only when all merged parts are). */
    private static List<Mention> merge(List<Mention> plain, List<Token> tokens, boolean[] unit, FactSettings settings) {
        List<Mention> grown = new ArrayList<>();
        for (Mention x : plain) {
            grown.add(new Mention(FactEdges.grown(x.span(), tokens, unit, settings), null, x.negated(), List.of()));
        }
        grown.sort(Comparator.comparingInt((Mention x) -> x.span().start()).thenComparingInt(x -> x.span().end()));
        List<Mention> merged = new ArrayList<>();
        for (Mention x : grown) {
            Mention last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && (x.span().start() < last.span().end() || x.span().start() == last.span().end()
                    && !FactEdges.apart(tokens, x.span().start()))) {
                merged.set(merged.size() - 1, new Mention(new Span(last.span().start(),
                        Math.max(last.span().end(), x.span().end())), null, last.negated() && x.negated(), List.of()));
            } else {
                merged.add(x);
            }
        }
        return merged;
    }

    /**
     * Frame anchors grown like plain facts; anchors of one role that grow into overlapping spans ("NVIDIA RTX" and
     * "GPU" both become "NVIDIA RTX 3090 GPU") or stand one {@code joiner} word apart ("Intel", "8-core",
     * "processors") become one, with the roles of both (the first of each role kept).
     */
    private static List<Mention> mergeFramed(List<Mention> framed, List<Token> tokens, boolean[] unit,
                                             boolean[] joiner, FactSettings settings) {
        List<Mention> out = new ArrayList<>();
        for (Mention x : framed) {
            Span w = withoutDetails(FactEdges.grown(x.span(), tokens, unit, settings), x);
            Span s = FactEdges.trimEnd(FactEdges.tidy(w.start(), w.end(), tokens), tokens,
                    settings.endTags()); // anchor's own edges
            int at = -1;
            for (int i = 0; i < out.size(); i++) {
                Span o = out.get(i).span();
                boolean joined = s.start() == o.end() + 1 && joiner[o.end()] || o.start() == s.end() + 1 && joiner[s.end()];
                if ((s.start() < o.end() && o.start() < s.end() || joined)
                        && java.util.Objects.equals(out.get(i).role(), x.role())) {
                    at = i;
                }
            }
            if (at < 0) {
                out.add(new Mention(s, x.role(), x.negated(), x.details()));
                continue;
            }
            Mention o = out.get(at);
            List<Mention> details = new ArrayList<>(o.details());
            for (Mention d : x.details()) {
                if (details.stream().noneMatch(e -> e.role().equals(d.role()))) {
                    details.add(d);
                }
            }
            out.set(at, new Mention(new Span(Math.min(s.start(), o.span().start()), Math.max(s.end(), o.span().end())),
                    o.role(), o.negated() && x.negated(), details));
        }
        return out;
    }

    /** A grown anchor cut back where it ran into one of its own roles ("momentum" must not take its value "0.9"). */
    private static Span withoutDetails(Span grown, Mention anchor) {
        int start = grown.start();
        int end = grown.end();
        for (Mention d : anchor.details()) {
            Span ds = d.span();
            if (ds.start() >= anchor.span().end() && ds.start() < end) {
                end = ds.start();
            }
            if (ds.end() <= anchor.span().start() && ds.end() > start) {
                start = ds.end();
            }
        }
        return new Span(Math.min(start, anchor.span().start()), Math.max(end, anchor.span().end()));
    }

    /**
     * A bare word grown to the right up to a clause end, a stop, a finite verb ({@link FactTags#stopsGrowth}) or the
     * limit, then trimmed of trailing generic words and the words they leave dangling ({@link FactEdges#trimGrown}).
     */
    private Span grow(Span s, List<Token> tokens, boolean[] generic, boolean[] clauseEnd) {
        int end = s.end();
        while (end < tokens.size() && end < s.end() + settings.maxGrow() && !clauseEnd[end]
                && !FactEdges.STOP.matcher(tokens.get(end).word()).matches()
                && !settings.tags().stopsGrowth(tokens.get(end))) {
            end++;
        }
        return new Span(s.start(), FactEdges.trimGrown(tokens, s.end(), end, generic, settings.tags()));
    }

    /**
     * True when every word of the span is generic or punctuation, or a number at its end: a number a bare word grew
     * over counts nothing yet ("converted to 64" of "converted to 64 x 64 pixels" grows on).
     */
    private static boolean bare(Span s, List<Token> tokens, boolean[] generic) {
        for (int i = s.start(); i < s.end(); i++) {
            boolean lastNumber = i == s.end() - 1 && i > s.start()
                    && FactEdges.NUMBER.matcher(tokens.get(i).word()).matches();
            if (!generic[i] && !FactEdges.STOP.matcher(tokens.get(i).word()).matches() && !lastNumber) {
                return false;
            }
        }
        return true;
    }
}
