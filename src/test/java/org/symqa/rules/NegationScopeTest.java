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
 * Negation scopes at their edges: the forward and backward windows, scope ends, stop tags, commas, pseudo cues,
 * verbal cues that negate only a use; on hand-tagged sentences ({@code word/TAG} or {@code word/TAG/lemma}).
 */
class NegationScopeTest {
    private static final String SETTINGS = """
            pre: no | without
            post: omit
            pseudo: "not only" | "no significant"
            end: but | however
            comma-ends: without
            verbal: not | never
            usage: use | apply | flip
            forward-window: 3
            backward-window: 2
            stop-tags: VB.*|IN
            phrase-stop-tags: VB.*
            list-join: "," | or
            """;

    private static NegationScope scope(String settings) throws SourceException {
        LexiconLibrary none = new LexiconLibrary(new MapSource("lexicons", Map.of()), new SimpleAnnotator()::tokenize);
        return NegationScope.from(KeyValueFile.parse("negation.txt", settings), new ItemParser(none));
    }

    /** The words of a hand-tagged sentence inside a scope, in brackets: "[a] b". */
    private static String negated(String tagged) throws SourceException {
        return negated(scope(SETTINGS), tagged);
    }

    private static String negated(NegationScope scope, String tagged) {
        List<Token> tokens = new ArrayList<>();
        int at = 0;
        for (String w : tagged.split(" ")) {
            String[] p = w.split("/");
            String lemma = p.length > 2 ? p[2] : p[0].toLowerCase(Locale.ROOT);
            tokens.add(new Token(p[0], lemma, p[1], at, at + p[0].length()));
            at += p[0].length() + 1;
        }
        boolean[] mask = scope.mask(new SentenceView(new Sentence(0, "", 0, at, tokens), List.of()));
        List<String> out = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            out.add(mask[i] ? "[" + tokens.get(i).word() + "]" : tokens.get(i).word());
        }
        return String.join(" ", out);
    }

    @Test
    void aCueNegatesTheWordsAfterItUpToTheWindow() throws Exception {
        assertEquals("no [a] [b] [c] d", negated("no/DT a/NN b/NN c/NN d/NN"));
        assertEquals("x no [a] [b]", negated("x/NN no/DT a/NN b/NN"));
    }

    @Test
    void aScopeEndsAtAnEndWordOrAStopTagPastTheFirstWord() throws Exception {
        assertEquals("no [a] but b", negated("no/DT a/NN but/CC b/NN"));
        assertEquals("no [fixed] [seed] was set", negated("no/DT fixed/JJ seed/NN was/VBD/be set/VBN"));
        assertEquals("no [in] [a] in", negated("no/DT in/IN a/NN in/IN"), "the first word is never a stop");
    }

    @Test
    void aPrepositionalCueStopsAtACommaAndLooksPastBeAndHave() throws Exception {
        assertEquals("without [augmentation] , dropout", negated("without/IN augmentation/NN ,/, dropout/NN"));
        assertEquals("without [being] [resized] [images] now", negated("without/IN being/VBG/be resized/VBN images/NNS now/RB"));
        assertEquals("no [x] [,] [y]", negated("no/DT x/NN ,/, y/NN"), "'no' is not prepositional: the comma does not stop it");
    }

    @Test
    void pseudoCuesNegateNothing() throws Exception {
        assertEquals("no significant change", negated("no/DT significant/JJ change/NN"));
        assertEquals("not only dropout was used", negated("not/RB only/RB dropout/NN was/VBD/be used/VBN/use"));
    }

    @Test
    void aVerbalCueNegatesAUseBothWaysWithinTheWindows() throws Exception {
        assertEquals("Big [Dropout] [was] not [used] [here] ran", negated("Big/JJ Dropout/NN was/VBD/be not/RB used/VBN/use here/RB ran/VBD"));
        assertEquals("[We] [did] not [use] [Adam] [now] ran", negated("We/PRP did/VBD/do not/RB use/VB Adam/NNP now/RB ran/VBD"));
        assertEquals("[it] [was] not [really] [manually] [applied]",
                negated("it/PRP was/VBD/be not/RB really/RB manually/RB applied/VBN/apply"));
    }

    @Test
    void aVerbalCueWithoutAUseNearItNegatesNothing() throws Exception {
        assertEquals("it did not improve", negated("it/PRP did/VBD/do not/RB improve/VB"));
        assertEquals("it was not a b c used", negated("it/PRP was/VBD/be not/RB a/DT b/NN c/NN used/VBN/use"),
                "the use must start within three words of the cue");
    }

    @Test
    void aPostCueNegatesItsClauseBackwardsToAComma() throws Exception {
        assertEquals("x [augmentation] [was] omitted", negated("x/NN augmentation/NN was/VBD/be omitted/VBN/omit"));
        assertEquals("a , [b] omitted", negated("a/NN ,/, b/NN omitted/VBN/omit"));
        assertEquals("a however [b] omitted", negated("a/NN however/RB b/NN omitted/VBN/omit"));
    }

    @Test
    void theWindowsComeFromTheFile() throws Exception {
        NegationScope wide = scope(SETTINGS.replace("forward-window: 3", "forward-window: 4")
                .replace("backward-window: 2", "backward-window: 3"));
        assertEquals("no [a] [b] [c] [d]", negated(wide, "no/DT a/NN b/NN c/NN d/NN"));
        assertEquals("[x] [augmentation] [was] omitted", negated(wide, "x/NN augmentation/NN was/VBD/be omitted/VBN/omit"));
    }

    @Test
    void badSettingsAreNamedWithTheirPlace() {
        assertEquals("negation.txt:8:17: forward-window must be 1..50, got 0", assertThrows(SourceException.class,
                () -> scope(SETTINGS.replace("forward-window: 3", "forward-window: 0"))).getMessage());
        assertEquals("negation.txt:9:18: backward-window must be 1..50, got 51", assertThrows(SourceException.class,
                () -> scope(SETTINGS.replace("backward-window: 2", "backward-window: 51"))).getMessage());
        assertEquals("negation.txt:8:17: not a whole number: x", assertThrows(SourceException.class,
                () -> scope(SETTINGS.replace("forward-window: 3", "forward-window: x"))).getMessage());
        assertEquals("negation.txt:1:1: missing entry 'usage'", assertThrows(SourceException.class,
                () -> scope(SETTINGS.replace("usage: use | apply | flip\n", ""))).getMessage());
        SourceException bad = assertThrows(SourceException.class,
                () -> scope(SETTINGS.replace("stop-tags: VB.*|IN\n", "stop-tags: VB(\n")));
        assertEquals(10, bad.line());
        SourceException unknown = assertThrows(SourceException.class, () -> scope(SETTINGS + "forward-windw: 4\n"));
        assertEquals(13, unknown.line(), unknown.getMessage());
        assertTrue(unknown.getMessage().contains("unknown key 'forward-windw'"), unknown.getMessage());
        SourceException twice = assertThrows(SourceException.class, () -> scope(SETTINGS + "pre: none\n"));
        assertTrue(twice.getMessage().contains("duplicate key 'pre'"), twice.getMessage());
    }

    /** Errors inside a value point at their column: values start after "key: ". */
    @Test
    void errorsInValuesNameTheirColumn() {
        assertEquals("negation.txt:1:11: empty phrase", assertThrows(SourceException.class,
                () -> scope(SETTINGS.replace("pre: no | without", "pre: no | \"\""))).getMessage());
        assertEquals("negation.txt:10:15: bad stop-tags pattern: Unclosed group", assertThrows(SourceException.class,
                () -> scope(SETTINGS.replace("stop-tags: VB.*|IN\n", "stop-tags: VB(\n"))).getMessage());
        assertEquals("negation.txt:11:20: bad phrase-stop-tags pattern: Unclosed character class",
                assertThrows(SourceException.class,
                        () -> scope(SETTINGS.replace("phrase-stop-tags: VB.*", "phrase-stop-tags: [V"))).getMessage());
    }

    @Test
    void theBoundaryWindowsOneAndFiftyAreAllowed() throws Exception {
        NegationScope one = scope(SETTINGS.replace("forward-window: 3", "forward-window: 1")
                .replace("backward-window: 2", "backward-window: 50"));
        assertEquals("no [a] b", negated(one, "no/DT a/NN b/NN"));
    }

    @Test
    void aNegatedUseCarriesOverAListOfVerbsWithinTheWindow() throws Exception {
        assertEquals("[we] [do] not [flip] [,] [rotate] [or] scale x", negated(
                "we/PRP do/VBP/do not/RB flip/VB/flip ,/, rotate/VB or/CC scale/VB x/NN"));
        assertEquals("[we] [do] not [flip] [and] rotate x", negated("we/PRP do/VBP/do not/RB flip/VB/flip and/CC rotate/VB x/NN"),
                "'and' joins no list here");
        assertEquals("no [a] [,] rotate x", negated("no/DT a/NN ,/, rotate/VB x/NN"), "only after a negated use");
    }
}
