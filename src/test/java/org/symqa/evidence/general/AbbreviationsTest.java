package org.symqa.evidence.general;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.symqa.TestPipeline;
import org.symqa.rules.SentenceView;
import org.symqa.rules.Span;

/** Abbreviations a context defines stand for their words, and the other way round. */
class AbbreviationsTest {
    private static SentenceView view(String text) {
        return TestPipeline.get().questionView(text);
    }

    private static boolean holds(Abbreviations a, String sentence, String key) {
        SentenceView v = view(sentence);
        return a.holds(v, new Span(0, v.tokens().size()), key);
    }

    @Test
    void initialsOfTheWordsBeforeTheParenthesisDefineIt() {
        Abbreviations a = Abbreviations.of(List.of(
                view("Antibiotic-associated diarrhoea (AAD) is common."),
                view("Records come from the Global Biodiversity Information Facility (GBIF) and others."),
                view("We used the Australian method (XYZ) here.")));
        assertTrue(holds(a, "The probiotic did not prevent AAD.", "diarrhoea"));
        assertTrue(holds(a, "The probiotic did not prevent AAD.", "antibiotic-associated"));
        assertTrue(holds(a, "Antibiotic-associated diarrhoea was rare.", "aad"));
        assertFalse(holds(a, "Diarrhoea was rare.", "aad"));
        assertTrue(holds(a, "GBIF stores occurrence records.", "biodiversity"));
        // letters that are not the initials define nothing
        assertFalse(holds(a, "XYZ was fast.", "method"));
        assertFalse(holds(a, "The probiotic did not prevent AAD.", "capsule"));
    }
}
