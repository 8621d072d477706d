package org.symqa.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.symqa.Symqa;
import org.symqa.TestPipeline;

/** Every rule's must/must-not examples hold on either NLP backend, and every rule has at least one must example. */
class RuleExamplesTest {
    @ParameterizedTest
    @ValueSource(strings = {"corenlp", "opennlp"})
    void everyRuleExampleHolds(String nlp) {
        Symqa s = TestPipeline.get(nlp);
        ExampleCheck check = new ExampleCheck(s::questionView);
        List<String> failures = new ArrayList<>();
        int rules = 0;
        for (List<Rule> list : s.ruleSet().rules().values()) {
            for (Rule r : list) {
                rules++;
                failures.addAll(check.check(r));
                if (r.must().isEmpty()) {
                    failures.add(r.location() + ": rule " + r.id() + " has no must: example");
                }
            }
        }
        assertFalse(rules == 0, "no rules loaded");
        assertEquals("", String.join("\n", failures));
    }
}
