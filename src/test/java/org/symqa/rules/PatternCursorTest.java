package org.symqa.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The scanning steps of {@link PatternCursor}: where each stops, what it consumes, and what it does at the end. */
class PatternCursorTest {

    private static PatternCursor at(String src, int at) {
        PatternCursor c = new PatternCursor(src);
        c.at = at;
        return c;
    }

    @Test
    void peekLooksAtTheReadPositionOnlyAndIsFalseAtTheEnd() {
        assertTrue(at("a|b", 1).peek('|'));
        assertFalse(at("a|b", 0).peek('|'));
        assertFalse(at("a|b", 2).peek('|'));
        assertFalse(at("a|", 2).peek('|'));
        assertFalse(at("", 0).peek('|'));
    }

    @Test
    void startsWithAndCurrentReadFromThePosition() {
        assertTrue(at("(?:a)", 1).startsWith("?:"));
        assertFalse(at("(?:a)", 0).startsWith("?:"));
        assertFalse(at("(?", 1).startsWith("?:"));
        assertEquals('?', at("(?:a)", 1).current());
        assertEquals('a', at("(?:a)", 3).current());
    }

    @Test
    void atEndOnlyOnceEveryCharacterIsRead() {
        assertFalse(at("ab", 0).atEnd());
        assertFalse(at("ab", 1).atEnd());
        assertTrue(at("ab", 2).atEnd());
        assertTrue(at("", 0).atEnd());
    }

    @Test
    void skipSpaceStopsAtTheFirstNonSpaceOrTheEnd() {
        PatternCursor c = at("a \t\n b", 1);
        c.skipSpace();
        assertEquals(5, c.at);
        c.skipSpace();
        assertEquals(5, c.at);
        PatternCursor end = at("a  ", 1);
        end.skipSpace();
        assertEquals(3, end.at);
    }

    @Test
    void expectSkipsSpaceThenConsumesTheCharacter() {
        PatternCursor c = at("[  ] x", 1);
        c.expect(']');
        assertEquals(4, c.at);
        PatternCursor d = at("]", 0);
        d.expect(']');
        assertEquals(1, d.at);
    }

    @Test
    void expectFailsNamingTheCharacterAndPosition() {
        assertEquals("expected ] at 2", assertThrows(IllegalArgumentException.class, () -> at("[ x]", 1).expect(']'))
                .getMessage());
        assertEquals("expected ) at 1", assertThrows(IllegalArgumentException.class, () -> at("(", 1).expect(')'))
                .getMessage());
    }

    @Test
    void nameReadsLettersDigitsUnderscoresAndHyphens() {
        PatternCursor c = at("@gpu_list-2 x", 1);
        assertEquals("gpu_list-2", c.name());
        assertEquals(11, c.at);
        PatternCursor end = at("@gpu", 1);
        assertEquals("gpu", end.name());
        assertEquals(4, end.at);
        PatternCursor none = at("@ gpu", 1);
        assertEquals("", none.name());
        assertEquals(1, none.at);
        assertEquals("a", at("a|b", 0).name());
        assertEquals("a", at("a]", 0).name());
    }

    @Test
    void regexEndFindsTheFirstUnescapedSlash() {
        assertEquals(3, at("/ab/c/", 0).regexEnd(1));
        assertEquals(1, at("//", 0).regexEnd(1));
        assertEquals(5, at("/a\\/b/", 0).regexEnd(1));
        assertEquals(4, at("/a\\\\/b/", 0).regexEnd(1));
        assertEquals(5, at("{w:/x/}", 0).regexEnd(4));
        assertEquals("unclosed regex", assertThrows(IllegalArgumentException.class, () -> at("/ab", 0).regexEnd(1))
                .getMessage());
        assertThrows(IllegalArgumentException.class, () -> at("/a\\/", 0).regexEnd(1));
    }

    @Test
    void anyMayAlwaysMatchWhenOneOfItsPartsMay() {
        Prefilter a = new Prefilter.Lexicon("a");
        Prefilter b = new Prefilter.Lexicon("b");
        assertEquals(new Prefilter.Any(List.of(a, b)), PatternCursor.any(List.of(a, b)));
        assertSame(Prefilter.Always.INSTANCE, PatternCursor.any(List.of(a, Prefilter.Always.INSTANCE)));
    }

    @Test
    void allLeavesOutPartsThatMayAlwaysMatch() {
        Prefilter a = new Prefilter.Lexicon("a");
        Prefilter b = new Prefilter.Lexicon("b");
        assertEquals(new Prefilter.All(List.of(a, b)),
                PatternCursor.all(new ArrayList<>(List.of(a, Prefilter.Always.INSTANCE, b))));
        assertSame(a, PatternCursor.all(new ArrayList<>(List.of(Prefilter.Always.INSTANCE, a))));
        assertSame(Prefilter.Always.INSTANCE, PatternCursor.all(new ArrayList<>(List.of(Prefilter.Always.INSTANCE))));
        assertSame(Prefilter.Always.INSTANCE, PatternCursor.all(new ArrayList<>()));
    }
}
