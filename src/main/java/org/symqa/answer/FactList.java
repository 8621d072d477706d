package org.symqa.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.symqa.evidence.Evidence;
import org.symqa.evidence.Fact;
import org.symqa.lexicon.WordFamilies;
import org.symqa.rules.RuleKind;

/**
 * The facts an answer states, from its direct evidence: those the context says were used, and those it says were
 * not, each list without repeats (the same words in any case, a plural of a fact already listed, or a fact whose
 * words stand whole inside a longer one); one fact given again with other values keeps them all ("Adam (learning
 * rate 0.03, learning rate 0.0002 [2]) [1]"), but one of a {@code values-apart} anchor role given again with
 * another value of a role is another fact ("batch size 1 [2]" and "batch size 32 [3]", "Adam (learning rate 0.03)
 * [1]" and "Adam (learning rate 0.0002) [2]"). A fact with roles is written with them: "SGD (learning rate 0.01,
 * momentum 0.9)"; a role named {@code value} follows its anchor directly ("batch size 32"), and the roles of
 * {@code roles-before} in {@code rules/answers.txt} come before it ("two Intel Xeon").
 *
 * @param used    facts stated as used or present
 * @param negated facts the context says were not used
 */
record FactList(List<Fact> used, List<Fact> negated) {
    /** A role whose fact is written right after its anchor ("batch size 32"), not in parentheses. */
    static final String VALUE = "value";
    private static final Pattern NUMBER = Pattern.compile("[-+]?\\d[\\d.,]*(?:[eE][-+]?\\d+)?"); // a bare number: its role is named

    FactList {
        used = List.copyOf(used);
        negated = List.copyOf(negated);
    }

    /** The facts of the direct evidence, at most {@code max} in each list, in evidence order. */
    static FactList of(List<Evidence> evidence, int max) {
        return of(evidence, max, WordFamilies.none());
    }

    /**
     * The facts of the direct evidence, at most {@code max} in each list, in evidence order, a {@link Fact#bare} one
     * only in a list that has no other; words of one family
     * ({@code lexicons/word-families.txt}: "rotation" and "rotates", "normalize" and "normalises") count as one.
     */
    static FactList of(List<Evidence> evidence, int max, WordFamilies families) {
        return of(evidence, max, families, Set.of());
    }

    /**
     * As {@link #of(List, int, WordFamilies)}, where a fact of an anchor role in {@code apart} ({@code values-apart}
     * in {@code rules/answers.txt}) given again with another value of a role is another fact: "batch size 1 [2]" and
     * "batch size 32 [3]", where "RMSE 12.5" and "RMSE 16.0" (another result of one metric) are one.
     */
    static FactList of(List<Evidence> evidence, int max, WordFamilies families, Set<String> apart) {
        List<Fact> used = new ArrayList<>();
        List<Fact> negated = new ArrayList<>();
        boolean[] real = new boolean[2]; // [used, negated]: a fact of more than generic words stands in the list
        for (Evidence e : evidence) {
            if (e.kind() == RuleKind.DIRECT) {
                e.facts().stream().filter(f -> !f.bare()).forEach(f -> real[f.negated() ? 1 : 0] = true);
            }
        }
        for (Evidence e : evidence) {
            if (e.kind() != RuleKind.DIRECT) {
                continue;
            }
            for (Fact f : e.facts()) {
                if (!f.bare() || !real[f.negated() ? 1 : 0]) { // "ImageNet", not "ImageNet and datasets"
                    add(f.negated() ? negated : used, f, max, families, apart);
                }
            }
        }
        negated.removeIf(n -> used.stream().anyMatch(u -> key(u, families).equals(key(n, families))));
        return new FactList(used, negated);
    }

    private static void add(List<Fact> list, Fact f, int max, WordFamilies families, Set<String> apart) {
        String k = key(f, families);
        for (int i = 0; i < list.size(); i++) {
            String other = key(list.get(i), families);
            if (TermKey.loose(other).equals(TermKey.loose(k))) {
                other = k; // "U-Net" and "UNet", "Trun- kNet" and "TrunkNet": one fact
            }
            if (other.equals(k) && f.role() != null && apart.contains(f.role())
                    && (FactValues.otherValue(list.get(i), f) || FactValues.otherValues(list.get(i), f))) {
                continue; // "batch size 1" and "batch size 32": two settings, two facts
            }
            if (other.equals(k) && FactValues.otherValues(list.get(i), f)) {
                list.set(i, FactValues.withValuesOf(list.get(i), f)); // "Adam (lr 0.03, lr 0.0002 [2]) [1]"
                return;
            }
            if (other.equals(k) || contains(other, k)) {
                if (f.details().size() > list.get(i).details().size() && other.equals(k)) {
                    list.set(i, f);
                }
                return;
            }
            if (contains(k, other)) {
                list.set(i, f);
                list.removeIf(x -> x != f && contains(k, key(x, families)));
                return;
            }
        }
        if (list.size() < max) {
            list.add(f);
        }
    }

    /** The fact's {@link TermKey}. */
    private static String key(Fact f, WordFamilies families) {
        return TermKey.of(f.text(), families);
    }

    /**
     * True when {@code part} stands in {@code text}, ASCII case aside, with no word character or '.' right before it
     * and no word character right after it ("512 GB" in "512 GB of RAM"; "0.9" not in "10.9").
     */
    static boolean standsIn(String part, String text) {
        for (int at = 0; at + part.length() <= text.length(); at++) {
            if ((at == 0 || !word(text.charAt(at - 1)) && text.charAt(at - 1) != '.')
                    && (at + part.length() == text.length() || !word(text.charAt(at + part.length())))
                    && sameAscii(part, text, at)) {
                return true;
            }
        }
        return false;
    }

    private static boolean word(char c) {
        return c == '_' || c < 128 && Character.isLetterOrDigit(c);
    }

    private static boolean sameAscii(String part, String text, int at) {
        for (int i = 0; i < part.length(); i++) {
            char a = part.charAt(i);
            char b = text.charAt(at + i);
            if (a != b && !(a < 128 && b < 128 && Character.toLowerCase(a) == Character.toLowerCase(b))) {
                return false;
            }
        }
        return true;
    }

    /** True when {@code part} stands as whole words inside {@code whole} (and is shorter). */
    private static boolean contains(String whole, String part) {
        if (whole.length() <= part.length()) {
            return false;
        }
        int at = whole.indexOf(part);
        while (at >= 0) {
            boolean before = at == 0 || !Character.isLetterOrDigit(whole.charAt(at - 1));
            int end = at + part.length();
            boolean after = end == whole.length() || !Character.isLetterOrDigit(whole.charAt(end));
            if (before && after) {
                return true;
            }
            at = whole.indexOf(part, at + 1);
        }
        return false;
    }

    /** Every fact stated, used ones first. */
    List<Fact> stated() {
        List<Fact> all = new ArrayList<>(used);
        all.addAll(negated);
        return all;
    }

    /** "A [1], B (learning rate 0.01) [2] and C [3]": each fact {@link #render rendered}, joined by list-and. */
    static String list(List<Fact> facts, Templates templates) {
        return TemplateAnswerWriter.join(facts.stream().map(f -> render(f, templates)).toList(),
                templates.raw("list-and"));
    }

    /**
     * A fact as the answer writes it, with its roles and chunk: {@code SGD (learning rate 0.01) [2]}; a role whose
     * words the fact already holds, or another role already gave, is not written again.
     */
    static String render(Fact f, Templates templates) {
        StringBuilder b = new StringBuilder(f.text());
        List<String> before = List.of(templates.raw("roles-before").strip().split("\\s+"));
        List<String> front = new ArrayList<>();
        List<String> parts = new ArrayList<>();
        java.util.Set<String> said = new java.util.HashSet<>();
        for (Fact d : f.details()) {
            if (!said.add(d.text().toLowerCase(Locale.ROOT))) {
                continue; // two roles that found one value: "training (count 2880)", not "(share 2880, count 2880)"
            }
            if (standsIn(d.text(), f.text())) {
                continue; // the fact already says it: "512 GB of RAM", not "512 GB of RAM (512 GB)"
            }
            String cite = d.chunk() == f.chunk() ? "" : " [" + d.chunk() + "]"; // a value from another chunk says where
            if (d.role().equals(VALUE)) {
                b.append(' ').append(d.text()).append(cite);
            } else if (before.contains(d.role())) {
                front.add(d.text() + cite);
            } else {
                parts.add((NUMBER.matcher(d.text()).matches() ? d.role().replace('-', ' ') + " " + d.text() : d.text())
                        + cite);
            }
        }
        if (!parts.isEmpty()) {
            b.append(" (").append(String.join(", ", parts)).append(')');
        }
        if (!front.isEmpty()) {
            b.insert(0, String.join(" ", front) + " ");
        }
        return templates.fill("fact", Map.of("fact", b.toString(), "chunk", Integer.toString(f.chunk())));
    }
}
