package org.symqa.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

/** Reading text makes \r\n and \r into \n and drops control characters, with offsets still into the text as given. */
class RepairedTextReadTest {
    @Test
    void windowsAndMacLineEndsBecomeNewlinesMappingBack() {
        RepairedText t = RepairedText.of("ab\r\ncd\ref\r\n");
        assertEquals("ab\ncd\nef\n", t.text());
        assertEquals(3, t.originalOffset(2));   // the \n of \r\n
        assertEquals(4, t.originalOffset(3));   // 'c'
        assertEquals(6, t.originalOffset(5));   // the \n made of a lone \r
        assertEquals(7, t.originalOffset(6));   // 'e'
        assertEquals("cd", t.original().substring(t.originalOffset(3), t.originalEnd(5)));
        assertEquals(3, t.repairs().size());
        assertEquals("line-end", t.repairs().get(0).kind());
    }

    @Test
    void controlCharactersAreDroppedButWhiteSpaceAndC1ControlsStay() {
        RepairedText t = RepairedText.of("a\u0000b\u001b[1mc\u0007\fd\u009be\u0085f\u000bg");
        assertEquals("ab[1mc\fd\u009be\u0085f\u000bg", t.text());
        assertEquals(2, t.originalOffset(1));
        assertEquals("b[1mc", t.original().substring(t.originalOffset(1), t.originalEnd(6)).replace("\u001b", ""));
    }

    @Test
    void plainTextIsItsOwnOriginal() {
        String s = "plain text\nwith lines";
        RepairedText t = RepairedText.of(s);
        assertSame(s, t.text());
        assertEquals(5, t.originalOffset(5));
        assertEquals(s.length(), t.originalOffset(s.length()));
        assertEquals(0, t.repairs().size());
    }

    @Test
    void printableTextHasNoControlsAndNoLoneSurrogates() {
        assertEquals("a b\tc\nd\uFFFDe\uD83D\uDE00f\uFFFD", Controls.printable("a\fb\tc\nd\uD800e\uD83D\uDE00f\u0000\uDC00"));
        String plain = "nothing to do: é, ü, 日本";
        assertSame(plain, Controls.printable(plain));
    }
}
