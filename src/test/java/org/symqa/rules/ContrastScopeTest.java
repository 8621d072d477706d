package org.symqa.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.symqa.lexicon.LexiconLibrary;
import org.symqa.nlp.SimpleAnnotator;
import org.symqa.nlp.Sentence;
import org.symqa.nlp.Token;
import org.symqa.resources.KeyValueFile;
import org.symqa.resources.MapSource;
import org.symqa.resources.SourceException;

/**
 * Contrast scopes at their edges: the closing comma, one relative clause, the window, a missing comma, pseudo cues
 * and settings errors; on hand-tagged sentences ({@code word/TAG}) through {@link NegationScope#mask}.
 */
class ContrastScopeTest {
    private static final String BASE = """
            pre: no
            post: omit
            pseudo: "unlike many"
            end: but
            comma-ends: without
            verbal: not
            usage: use
            forward-window: 3
            backward-window: 2
            stop-tags: VB.*|IN
            phrase-stop-tags: VB.*
            list-join: ","
            """;
    private static final String CONTRAST = BASE + """
            contrast: unlike | "in contrast to"
            contrast-window: 6
            contrast-relative-tags: WDT|WP
            """;

    private static NegationScope scope(String settings) throws SourceException {
        LexiconLibrary none = new LexiconLibrary(new MapSource("lexicons", Map.of()), new SimpleAnnotator()::tokenize);
        return NegationScope.from(KeyValueFile.parse("negation.txt", settings), new ItemParser(none));
    }

    /** The words of a hand-tagged sentence inside a scope, in brackets: "[a] b". */
    private static String marked(String settings, String tagged) throws SourceException {
        List<Token> tokens = new ArrayList<>();
        int at = 0;
        for (String w : tagged.split(" ")) {
            String[] p = w.split("/");
            tokens.add(new Token(p[0], p[0].toLowerCase(Locale.ROOT), p[1], at, at + p[0].length()));
            at += p[0].length() + 1;
        }
        boolean[] mask = scope(settings).mask(new SentenceView(new Sentence(0, "", 0, at, tokens), List.of()));
        List<String> out = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            out.add(mask[i] ? "[" + tokens.get(i).word() + "]" : tokens.get(i).word());
        }
        return String.join(" ", out);
    }

    @Test
    void theScopeRunsToTheCommaThatClosesTheClause() throws Exception {
        assertEquals("unlike [BirdNET] , we used ResNet",
                marked(CONTRAST, "unlike/IN BirdNET/NNP ,/, we/PRP used/VBD ResNet/NNP"));
        assertEquals("in contrast to [earlier] [work] , we used ResNet",
                marked(CONTRAST, "in/IN contrast/NN to/TO earlier/JJ work/NN ,/, we/PRP used/VBD ResNet/NNP"));
    }

    @Test
    void aRelativeClauseAfterTheFirstCommaIsInsideButOnlyOne() throws Exception {
        assertEquals("unlike [X] [,] [which] [uses] [Adam] , we",
                marked(CONTRAST, "unlike/IN X/NNP ,/, which/WDT uses/VBZ Adam/NNP ,/, we/PRP"));
        assertEquals("unlike [X] [,] [which] [uses] [Y] , which uses Z",
                marked(CONTRAST, "unlike/IN X/NNP ,/, which/WDT uses/VBZ Y/NNP ,/, which/WDT uses/VBZ Z/NNP"));
    }

    @Test
    void withoutAClosingCommaInTheWindowNothingIsMarked() throws Exception {
        assertEquals("unlike earlier studies we used a CNN",
                marked(CONTRAST, "unlike/IN earlier/JJ studies/NNS we/PRP used/VBD a/DT CNN/NNP"));
        // the closing comma at the window's last token (cue end + 5) counts; one token later it does not
        assertEquals("unlike [a] [b] [c] [d] [e] , f",
                marked(CONTRAST, "unlike/IN a/NN b/NN c/NN d/NN e/NN ,/, f/NN"));
        assertEquals("unlike a b c d e g , f",
                marked(CONTRAST, "unlike/IN a/NN b/NN c/NN d/NN e/NN g/NN ,/, f/NN"));
    }

    @Test
    void aCommaRightAfterTheCueDoesNotCloseIt() throws Exception {
        assertEquals("unlike [,] [a] , b", marked(CONTRAST, "unlike/IN ,/, a/NN ,/, b/NN"));
    }

    @Test
    void pseudoCuesAndMissingSettingsMarkNothing() throws Exception {
        assertEquals("unlike many studies , we", marked(CONTRAST, "unlike/IN many/JJ studies/NNS ,/, we/PRP"));
        assertEquals("unlike X , we", marked(BASE, "unlike/IN X/NNP ,/, we/PRP"));
    }

    @Test
    void badSettingsAreNamedWithTheirPlace() {
        SourceException noTags = assertThrows(SourceException.class,
                () -> scope(BASE + "contrast: unlike\ncontrast-window: 6\n"));
        assertTrue(noTags.getMessage().contains("contrast-relative-tags"), noTags.getMessage());
        SourceException window = assertThrows(SourceException.class,
                () -> scope(BASE + "contrast: unlike\ncontrast-window: 51\ncontrast-relative-tags: WDT\n"));
        assertTrue(window.getMessage().contains("negation.txt:14") && window.getMessage().contains("1 to 50"),
                window.getMessage());
        SourceException tags = assertThrows(SourceException.class,
                () -> scope(BASE + "contrast: unlike\ncontrast-window: 6\ncontrast-relative-tags: WDT(\n"));
        assertTrue(tags.getMessage().contains("bad contrast-relative-tags pattern"), tags.getMessage());
    }

    @Test
    void theWindowBoundsAreOneAndFifty() throws Exception {
        scope(BASE + "contrast: unlike\ncontrast-window: 1\ncontrast-relative-tags: WDT\n");
        scope(BASE + "contrast: unlike\ncontrast-window: 50\ncontrast-relative-tags: WDT\n");
        assertThrows(SourceException.class,
                () -> scope(BASE + "contrast: unlike\ncontrast-window: 0\ncontrast-relative-tags: WDT\n"));
    }
}
