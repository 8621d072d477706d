package org.symqa.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.symqa.evidence.Evidence;
import org.symqa.evidence.Fact;
import org.symqa.resources.KeyValueFile;
import org.symqa.rules.RuleKind;

/** Fact tidying: which facts an answer states, without repeats, and how one is written with its roles. */
class FactListTest {
    private static Fact fact(String text) {
        return new Fact(text, 1, 0, text.length(), "r", null, false, List.of());
    }

    private static Fact negated(String text) {
        return new Fact(text, 1, 0, text.length(), "r", null, true, List.of());
    }

    private static Fact withRoles(String text, Fact... details) {
        return new Fact(text, 2, 0, text.length(), "r", "anchor", false, List.of(details));
    }

    private static Fact role(String role, String text) {
        return new Fact(text, 2, 0, text.length(), "r", role, false, List.of());
    }

    private static Evidence direct(Fact... facts) {
        return new Evidence(1, 0, 10, "s", "r", "f:1", RuleKind.DIRECT, List.of(facts), false);
    }

    private static List<String> texts(List<Fact> facts) {
        return facts.stream().map(Fact::text).toList();
    }

    private static Fact bare(String text, boolean negated) {
        return new Fact(text, 2, 0, text.length(), "r", null, negated, List.of(), true);
    }

    @Test
    void aBareGenericWordIsStatedOnlyWhenItsListHasNoOtherFact() {
        assertEquals(List.of("ImageNet"), texts(FactList.of(List.of(direct(fact("ImageNet")),
                direct(bare("datasets", false))), 8).used()));
        assertEquals(List.of("ImageNet"), texts(FactList.of(List.of(direct(bare("datasets", false)),
                direct(fact("ImageNet"))), 8).used()), "whatever the evidence order");
        assertEquals(List.of("datasets"), texts(FactList.of(List.of(direct(bare("datasets", false))), 8).used()),
                "alone it stays: an answer has a fact");
        FactList mixed = FactList.of(List.of(direct(negated("dropout")), direct(bare("regularization", false))), 8);
        assertEquals(List.of("regularization"), texts(mixed.used()), "a negated fact does not push out a used one");
        assertEquals(List.of("dropout"), texts(mixed.negated()));
        assertEquals(List.of("Adam"), texts(FactList.of(List.of(direct(fact("Adam"), bare("optimizer", false))), 1)
                .used()), "a bare word takes no place of the limit");
    }

    @Test
    void aRoleStandsInTheFactOnlyAsWholeWords() {
        assertTrue(FactList.standsIn("512 GB", "512 GB of RAM"));
        assertTrue(FactList.standsIn("512 gb", "512 GB of RAM"), "ASCII case aside");
        assertTrue(FactList.standsIn("RAM", "512 GB of RAM"), "at the end");
        assertFalse(FactList.standsIn("0.9", "10.9"), "a digit before");
        assertFalse(FactList.standsIn("9", "0.9"), "a point before");
        assertFalse(FactList.standsIn("GB", "GBs"), "a letter after");
        assertTrue(FactList.standsIn("GB", "GB."), "a point after is no word");
        assertFalse(FactList.standsIn("ÄRA", "ära"), "no case folding beyond ASCII");
        assertFalse(FactList.standsIn("512 GB of RAM", "512 GB"), "longer than the text");
    }

    @Test
    void repeatsInAnyCaseOrPluralAreStatedOnce() {
        FactList f = FactList.of(List.of(direct(fact("GPU"), fact("gpu"), fact("GPUs")), direct(fact("Tesla V100"))), 8);
        assertEquals(List.of("GPU", "Tesla V100"), texts(f.used()));
    }

    @Test
    void aPluralOfAShortWordIsKept() {
        // the plural 's' is dropped only after three letters: "bus" and "bu" are not one word
        FactList f = FactList.of(List.of(direct(fact("bus"), fact("bu"))), 8);
        assertEquals(List.of("bus", "bu"), texts(f.used()));
        assertEquals(List.of("TPU"), texts(FactList.of(List.of(direct(fact("TPU"), fact("TPUs"))), 8).used()));
    }

    @Test
    void wordsOfOneFamilyAreOneFact() throws Exception {
        org.symqa.lexicon.WordFamilies families = org.symqa.lexicon.WordFamilies.parse("word-families.txt",
                "rotate rotation\nnormalize normalise\n");
        assertEquals(List.of("rotation", "flipping"), texts(FactList.of(List.of(direct(fact("rotation"), fact("flipping"),
                fact("rotates"))), 8, families).used()));
        assertEquals(List.of("normalize", "normalises"), texts(FactList.of(List.of(direct(fact("normalize"),
                fact("normalises"))), 8).used()), "without families both stay");
        assertEquals(List.of("normalize"), texts(FactList.of(List.of(direct(fact("normalize"), fact("normalises"))), 8,
                families).used()));
    }

    @Test
    void oneFactWithOtherValuesKeepsThemAll() {
        Fact first = withRoles("Adam", role("learning-rate", "0.03"));
        Fact second = withRoles("Adam", role("learning-rate", "0.0002"));
        FactList both = FactList.of(List.of(direct(first, second)), 8);
        assertEquals(1, both.used().size(), "one fact, no repeat");
        assertEquals(List.of("0.03", "0.0002"), both.used().get(0).details().stream().map(Fact::text).toList());
        assertEquals(1, FactList.of(List.of(direct(first, withRoles("Adam", role("learning-rate", "0.03")))), 8)
                .used().size(), "the same value twice is one fact");
        assertEquals(1, FactList.of(List.of(direct(first, withRoles("Adam", role("momentum", "0.9")))), 8).used()
                .size(), "another role is no other value");
        assertEquals(1, FactList.of(List.of(direct(withRoles("RMSE", role("value", "12.5")), withRoles("RMSE",
                role("value", "16.0")))), 8).used().size(), "another result of one metric is not listed again");
    }

    @Test
    void hyphensInsideAWordMakeNoOtherFact() {
        assertEquals(List.of("U-Net", "Adam"), texts(FactList.of(List.of(direct(fact("U-Net"), fact("Adam"), fact("UNet"),
                fact("U- Net"))), 8).used()));
        assertEquals(List.of("pre-trained model", "model - big"), texts(FactList.of(List.of(direct(fact("pre-trained model"),
                fact("model - big"))), 8).used()), "a dash between spaces is no hyphen");
        assertEquals(List.of("ResNet-18"), texts(FactList.of(List.of(direct(fact("ResNet"), fact("ResNet-18"))), 8).used()),
                "a name inside a hyphenated one still gives way to it");
    }

    @Test
    void aPluralInIesIsTheWordInY() {
        assertEquals(List.of("accuracies"), texts(FactList.of(List.of(direct(fact("accuracies"), fact("accuracy"))), 8)
                .used()));
        // only after three letters, as for 's': "ties" and "ty" stay two facts
        assertEquals(List.of("ties", "ty"), texts(FactList.of(List.of(direct(fact("ties"), fact("ty"))), 8).used()));
    }

    @Test
    void aFactInsideALongerOneGivesWayToIt() {
        FactList f = FactList.of(List.of(direct(fact("V100"), fact("Adam"), fact("Tesla V100 GPU"))), 8);
        assertEquals(List.of("Tesla V100 GPU", "Adam"), texts(f.used()));
        FactList g = FactList.of(List.of(direct(fact("Tesla V100 GPU"), fact("V100"))), 8);
        assertEquals(List.of("Tesla V100 GPU"), texts(g.used()));
    }

    @Test
    void containmentIsByWholeWords() {
        FactList f = FactList.of(List.of(direct(fact("Adam"), fact("AdamW optimizer"))), 8);
        assertEquals(List.of("Adam", "AdamW optimizer"), texts(f.used()));
        FactList g = FactList.of(List.of(direct(fact("RMSprop"), fact("prop"))), 8);
        assertEquals(List.of("RMSprop", "prop"), texts(g.used()));
    }

    @Test
    void atMostMaxFactsAreStated() {
        List<Fact> many = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            many.add(fact("fact" + (char) ('a' + i)));
        }
        assertEquals(3, FactList.of(List.of(direct(many.toArray(Fact[]::new))), 3).used().size());
        assertEquals(5, FactList.of(List.of(direct(many.toArray(Fact[]::new))), 5).used().size());
    }

    @Test
    void onlyDirectEvidenceNamesFacts() {
        Evidence related = new Evidence(1, 0, 10, "s", "r", "f:1", RuleKind.RELATED, List.of(fact("SGD")), false);
        assertEquals(List.of(), FactList.of(List.of(related), 8).used());
    }

    @Test
    void aFactBothUsedAndNegatedIsStatedAsUsed() {
        FactList f = FactList.of(List.of(direct(negated("dropout"), fact("Dropout"), negated("batch norm"))), 8);
        assertEquals(List.of("Dropout"), texts(f.used()));
        assertEquals(List.of("batch norm"), texts(f.negated()));
        assertEquals(List.of("Dropout", "batch norm"), texts(f.stated()));
    }

    /** A {@code values-apart} anchor given again with another value is another fact; with the same value it is not. */
    @Test
    void aSettingWithAnotherValueIsAnotherFact() {
        Fact one = new Fact("batch size", 2, 0, 10, "r", "name", false, List.of(role("value", "1")));
        Fact other = new Fact("batch size", 3, 0, 10, "r", "name", false, List.of(role("value", "32")));
        Fact again = new Fact("Batch size", 3, 0, 10, "r", "name", false, List.of(role("value", "1")));
        java.util.Set<String> apart = java.util.Set.of("name");
        FactList both = FactList.of(List.of(direct(one, other, again)), 8, org.symqa.lexicon.WordFamilies.none(), apart);
        assertEquals(List.of("1", "32"), both.used().stream().map(f -> f.details().get(0).text()).toList());
        assertEquals(1, FactList.of(List.of(direct(one, other)), 8).used().size(), "not apart: one fact");
        assertEquals(1, FactList.of(List.of(direct(one, other)), 8, org.symqa.lexicon.WordFamilies.none(),
                java.util.Set.of("metric")).used().size(), "another role is not apart");
        Fact named = new Fact("batch size", 3, 0, 10, "r", "name", false, List.of());
        assertEquals(1, FactList.of(List.of(direct(one, named)), 8, org.symqa.lexicon.WordFamilies.none(), apart)
                .used().size(), "a name without a value is no other setting");
        FactList two = FactList.of(List.of(direct(withRoles("Adam", role("learning-rate", "0.03")),
                withRoles("Adam", role("learning-rate", "0.0002")), withRoles("Adam", role("learning-rate", "0.03")))),
                8, org.symqa.lexicon.WordFamilies.none(), java.util.Set.of("anchor"));
        assertEquals(List.of("0.03", "0.0002"), two.used().stream().map(f -> f.details().get(0).text()).toList(),
                "another value of a role: another fact; the same value again: no other");
        assertEquals(2, FactList.of(List.of(direct(fact("Adam"), fact("adam"), fact("SGD"))), 8,
                org.symqa.lexicon.WordFamilies.none(), apart).used().size(), "a fact without a role is no setting");
    }

    @Test
    void theSameFactWithMoreRolesReplacesTheOneWithFewer() {
        Fact bare = withRoles("SGD");
        Fact rich = withRoles("SGD", role("learning-rate", "0.01"));
        assertEquals(1, FactList.of(List.of(direct(bare, rich)), 8).used().get(0).details().size());
        assertEquals(1, FactList.of(List.of(direct(rich, bare)), 8).used().get(0).details().size());
    }

    @Test
    void rolesAreWrittenInParenthesesAndAValueRightAfterItsAnchor() throws Exception {
        Templates t = Templates.from(KeyValueFile.parse("answers.txt", TemplateAnswerWriterTest.TEMPLATES));
        assertEquals("SGD (learning rate 0.01, momentum) [2]", FactList.render(
                withRoles("SGD", role("learning-rate", "0.01"), role("extra", "momentum")), t));
        assertEquals("batch size 32 [2]", FactList.render(withRoles("batch size", role("value", "32")), t));
        assertEquals("Adam [2]", FactList.render(withRoles("Adam"), t));
        assertEquals("Adam (learning rate 0.03, learning rate 0.0002 [3]) [2]", FactList.render(withRoles("Adam",
                role("learning-rate", "0.03"), new Fact("0.0002", 3, 0, 6, "r", "learning-rate", false, List.of())), t),
                "a value from another chunk cites it");
        assertEquals("training (share 2880) [2]", FactList.render(withRoles("training", role("share", "2880"),
                role("count", "2880")), t), "one value found by two roles is written once");
        assertEquals("SGD (rate 1e-3) [2]", FactList.render(withRoles("SGD", role("rate", "1e-3")), t));
        // a role's name stands before a bare number only: a percentage is written alone
        assertEquals("SGD (x 95) [2]", FactList.render(withRoles("SGD", role("x", "95")), t));
        assertEquals("SGD (95%) [2]", FactList.render(withRoles("SGD", role("x", "95%")), t));
        // a role the fact already says, as whole words, is not said again
        assertEquals("512 GB of RAM [2]", FactList.render(withRoles("512 GB of RAM", role("memory", "512 GB")), t));
        assertEquals("1512 GB of RAM (memory 512) [2]", FactList.render(withRoles("1512 GB of RAM", role("memory", "512")), t));
        assertEquals("two Intel [2]", FactList.render(withRoles("Intel", role("count", "two")), t),
                "roles-before: count");
        assertEquals("two Intel (512 GB) [2]", FactList.render(withRoles("Intel", role("count", "two"),
                role("memory", "512 GB")), t));
        Templates none = Templates.from(KeyValueFile.parse("answers.txt", TemplateAnswerWriterTest.TEMPLATES
                .replace("roles-before: count", "roles-before:")));
        assertEquals("Intel (two) [2]", FactList.render(withRoles("Intel", role("count", "two")), none));
    }
}
