package org.symqa.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Python string semantics where Java's differ; expected values are what Python 3 gives. */
class PyTextTest {
    @Test
    void splitsOnPythonWhitespace() {
        // "a\u00a0b\u2007c\u202fd\u200be\x1cf".split() == ['a', 'b', 'c', 'd\u200be', 'f']
        assertEquals(List.of("a", "b", "c", "d\u200be", "f"), PyText.split(" a\u00a0b\u2007c\u202fd\u200be\u001cf "));
        assertTrue(PyText.isBlank("\u00a0\u3000\t"));
        assertFalse(PyText.isBlank("\u200b"));
    }

    @Test
    void digitsIncludeSuperscriptsAndCircledNumbers() {
        assertTrue(PyText.isDigit('\u00b2'));
        assertTrue(PyText.isDigit('\u2460'));
        assertTrue(PyText.isDigit('\u0663'));
        assertFalse(PyText.isDigit('\u00bd'));
        assertFalse(PyText.isDigit('\u2160'));
    }

    @Test
    void formatsLikePython() {
        // format(x, '.3f') rounds the exact binary value: 0.1245 is stored just below, 0.0625 is a tie (half-even)
        assertEquals("0.124", PyText.fixed3(0.1245));
        assertEquals("0.062", PyText.fixed3(0.0625));
        assertEquals("0.188", PyText.fixed3(0.1875));
        assertEquals("nan", PyText.fixed3(Double.NaN));
        assertEquals("\"it's\"", PyRepr.of("it's"));
        assertEquals("'a\\xadb'", PyRepr.of("a\u00adb"));
        assertEquals("'SGD\u2026'", PyRepr.of("SGD\u2026"));
    }

    @Test
    void groundingForgivesPluralPossessiveAndPercent() {
        String prompt = "Two Tesla GPU cards; 95 of the runs; the Heron survey.";
        assertEquals(List.of(), Grounding.ungrounded("We used Tesla's GPUs [1]. About 95% of Herons.", prompt));
        // two-digit numbers pass as citation markers, longer ones do not
        assertEquals(List.of("Kaggle", "123"), Grounding.ungrounded("Data from Kaggle, 12 of 123 sites (1).", prompt));
        assertTrue(Grounding.overLimit("one two three", "answer in LESS THAN 3 words"));
        assertFalse(Grounding.overLimit("one two", "answer in less than 3 words"));
    }
}
