package org.symqa.rules;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A semantic frame of {@code rules/frames.rules}, in the manner of Odin's event mentions: an anchor role (the thing
 * the frame is about: an optimizer, a GPU, a dataset) and roles that qualify it (a learning rate, a memory size),
 * each found by its own TokensRegex pattern. A frame holds in a sentence when its anchor does; each other role found
 * there goes to the anchor nearest its match, or nearest its {@code (?$of ...)} group when it has one. Frames are shared: a rule uses one with a {@code frame:} line.
 *
 * @param name    the frame name
 * @param roles   the roles, anchor first
 * @param must    examples that must hold, with the roles they must yield
 * @param mustNot examples that must not hold
 * @param file    the frames file as shown in messages
 * @param line    the line of {@code frame NAME}
 */
public record Frame(String name, List<Role> roles, List<Example> must, List<Example> mustNot, String file, int line) {

    /** A role: its name and the pattern that finds it ({@code (?$value ...)} marks the value inside a match). */
    public record Role(String name, FramePattern pattern, int line) {
    }

    public Frame {
        Objects.requireNonNull(name, "name");
        roles = List.copyOf(roles);
        must = List.copyOf(must);
        mustNot = List.copyOf(mustNot);
        if (roles.isEmpty()) {
            throw new IllegalArgumentException("frame " + name + " has no role");
        }
    }

    /** The anchor role. */
    public Role anchor() {
        return roles.get(0);
    }

    /** The anchors found in the sentence, each with the other roles found nearest to it as details. */
    public List<Mention> find(SentenceView s) {
        List<Span> anchors = new ArrayList<>();
        for (FramePattern.Found f : anchor().pattern().findAll(s)) {
            anchors.add(f.value());
        }
        if (anchors.isEmpty()) {
            return List.of();
        }
        List<List<Mention>> details = new ArrayList<>();
        anchors.forEach(a -> details.add(new ArrayList<>()));
        for (Role role : roles.subList(1, roles.size())) {
            for (FramePattern.Found f : role.pattern().findAll(s)) {
                int best = nearest(anchors, f.of());
                List<Mention> mine = details.get(best);
                if (mine.stream().noneMatch(m -> m.role().equals(role.name()))) {
                    mine.add(new Mention(f.value(), role.name(), false, List.of()));
                }
            }
        }
        List<Mention> out = new ArrayList<>();
        for (int i = 0; i < anchors.size(); i++) {
            out.add(new Mention(anchors.get(i), anchor().name(), false, details.get(i)));
        }
        return out;
    }

    /** The anchor nearest to a span of a role's match (by tokens between them; on a tie the one before it). */
    private static int nearest(List<Span> anchors, Span v) {
        int best = 0;
        int bestGap = Integer.MAX_VALUE;
        for (int i = 0; i < anchors.size(); i++) {
            Span a = anchors.get(i);
            int gap = v.start() >= a.end() ? v.start() - a.end() : a.start() >= v.end() ? a.start() - v.end() : 0;
            if (gap < bestGap) {
                best = i;
                bestGap = gap;
            }
        }
        return best;
    }

    /** The lexicons the roles' patterns refer to. */
    public Set<String> lexicons() {
        Set<String> out = new LinkedHashSet<>();
        roles.forEach(r -> out.addAll(r.pattern().lexicons()));
        return out;
    }

    /** {@code file:line} of the frame. */
    public String location() {
        return file + ":" + line;
    }
}
