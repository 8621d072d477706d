package org.symqa.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.symqa.nlp.Token;
import org.symqa.resources.KeyValueFile;
import org.symqa.resources.SourceException;
import org.symqa.rules.Span;

/**
 * Fact tidying at its edges: a mention grows over the name parts beside it and a number's unit, never ends inside a
 * parenthesis, and loses stray punctuation; on hand-tagged tokens ({@code word/TAG}).
 */
class FactMakerTest {
    private static final java.util.regex.Pattern END_TAGS = java.util.regex.Pattern.compile("IN|CC|DT|TO|WDT|PDT");

    /** Hand-tagged tokens: {@code word/TAG} separated by spaces. */
    static List<Token> tokens(String tagged) {
        List<Token> out = new ArrayList<>();
        int at = 0;
        for (String w : tagged.split(" ")) {
            int slash = w.lastIndexOf('/');
            String word = w.substring(0, slash);
            out.add(new Token(word, word.toLowerCase(java.util.Locale.ROOT), w.substring(slash + 1), at, at + word.length()));
            at += word.length() + 1;
        }
        return out;
    }

    static String words(List<Token> tokens, Span s) {
        return String.join(" ", tokens.subList(s.start(), s.end()).stream().map(Token::word).toList());
    }

    /** The mention [start, end) grown with the default tags; {@code unitAt} marks the tokens that are units. */
    private static String whole(String tagged, int start, int end, int... unitAt) {
        List<Token> t = tokens(tagged);
        boolean[] unit = new boolean[t.size()];
        for (int u : unitAt) {
            unit[u] = true;
        }
        return words(t, FactEdges.whole(new Span(start, end), t, unit, FactTags.DEFAULT));
    }

    /** The span tidied, then trimmed of the end tags that rules/facts.txt ships ({@code end-tags:}). */
    private static String tidy(String tagged, int start, int end) {
        List<Token> t = tokens(tagged);
        return words(t, FactEdges.trimEnd(FactEdges.tidy(start, end, t), t, END_TAGS));
    }

    @Test
    void aMentionGrowsOverTheNamePartsBesideIt() {
        assertEquals("NVIDIA RTX 3090 GPU", whole("an/DT NVIDIA/NNP RTX/NNP 3090/CD GPU/NNP card/NN", 2, 3));
        assertEquals("Tesla V100", whole("on/IN Tesla/NNP V100/NNP ./.", 2, 3));
        assertEquals("GPU", whole("a/DT GPU/NNP with/IN", 1, 2));
        assertEquals("ResNet-50 v2", whole("the/DT ResNet-50/NNP v2/CD model/NN", 1, 2));
        assertEquals("Adam", whole("Adam/NNP and/CC SGD/NNP", 0, 1), "a name part must stand next to it");
        assertEquals("images", whole("of/IN 800/CD images/NNS were/VBD", 2, 3), "a count before a common noun is no name part");
        assertEquals("512 GB", whole("with/IN 512/CD GB/NN of/IN", 2, 3), "a number before a singular noun stays");
        assertEquals("NVIDIA", whole("NVIDIA/NNP gpu/NNP cards/NNS", 0, 1), "a lower-case word is no name part");
        assertEquals("batch_size", whole("weight_decay/NN :/: 0.01/CD batch_size/NN :/: 64/CD", 3, 4),
                "a word after a colon is the value of the key before it, not part of the name after it");
        assertEquals("batch_size", whole("decay/NN =/SYM 0.01/CD batch_size/NN", 3, 4), "nor after an equals sign");
        assertEquals("2 RTX", whole("(/-LRB- 2/CD RTX/NNP", 2, 3), "but after another word it is");
    }

    @Test
    void aNumberKeepsItsUnit() {
        assertEquals("24 GB", whole("with/IN 24/CD GB/NN of/IN memory/NN", 1, 2, 2));
        assertEquals("24 GB", whole("with/IN 24/CD GB/NNP of/IN", 1, 2, 2), "a unit that is also a name part");
        assertEquals("24", whole("with/IN 24/CD of/IN GB/NN", 1, 2, 3), "only the word right after the number");
        assertEquals("many", whole("with/IN many/JJ GB/NN", 1, 2, 2), "only after a number");
        assertEquals("95.5 %", whole("of/IN 95.5/CD %/NN accuracy/NN", 1, 2, 2));
        assertEquals("3090", whole("RTX/JJ 3090/CD", 1, 2), "no unit at the end of the sentence");
    }

    @Test
    void aFactNeverEndsInsideAParenthesis() {
        assertEquals("ResNet ( 50 layers )", tidy("ResNet/NNP (/( 50/CD layers/NNS )/) was/VBD", 0, 2));
        assertEquals("ResNet", tidy("ResNet/NNP (/( 50/CD layers/NNS and/CC more/JJR", 0, 3),
                "a bracket that does not close in the sentence is cut off");
        assertEquals("( a ) b", tidy("(/( a/NN )/) b/NN", 0, 4));
        assertEquals("classification networks", tidy("and/CC classification/NN networks/NNS )/) consisted/VBD", 1, 4),
                "a closing bracket that closes nothing opened in the fact is trimmed");
        assertEquals("( a )", tidy("(/( a/NN )/) )/)", 0, 4), "only as many as close nothing");
        assertEquals("classifies the calls of frogs", tidy("classifies/VBZ the/DT calls/NNS of/IN frogs/NNS in/IN long/JJ",
                0, 6), "a fact does not end on a preposition");
        assertEquals("detects", tidy("detects/VBZ and/CC classifies/VBZ", 0, 2));
        assertEquals("of", tidy("of/IN the/DT", 0, 2), "one word is kept");
    }

    @Test
    void aBracketClosesWithinTwelveWordsOrIsCut() {
        StringBuilder far = new StringBuilder("X/NNP (/(");
        for (int i = 0; i < 11; i++) {
            far.append(" w/NN");
        }
        String closesAt12 = far + " )/)";
        assertEquals(14, words(tokens(closesAt12), FactEdges.tidy(0, 2, tokens(closesAt12))).split(" ").length,
                "the closing bracket is the 12th token looked at: the fact runs to it");
        String closesAt13 = far + " w/NN )/)";
        assertEquals("X", tidy(closesAt13, 0, 2));
    }

    @Test
    void strayPunctuationIsTrimmedFromBothEnds() {
        assertEquals("SGD", tidy(",/, SGD/NNP ./.", 0, 3));
        assertEquals("SGD", tidy(":/: ;/: SGD/NNP", 0, 3));
        assertEquals(",", tidy(",/,", 0, 1), "one token stays");
        assertEquals("a , b", tidy("a/NN ,/, b/NN", 0, 3));
        assertEquals("( a )", tidy("(/( a/NN )/)", 0, 3), "brackets that pair are no stray punctuation");
    }

    @Test
    void aTermMayGrowOnlyWhereAWordBesideItIsSpeltLikeANamePartOrItEndsOnANumber() {
        List<Token> ram = tokens("with/IN 512/CD GB/NN of/IN RAM/NN ./.");
        assertEquals(true, FactEdges.mayGrow(new Span(2, 5), ram), "a number before it");
        assertEquals(false, FactEdges.mayGrow(new Span(2, 3), tokens("with/IN the/DT RAM/NN ./.")), "lower case, a stop");
        assertEquals(false, FactEdges.mayGrow(new Span(0, 1), tokens("GPU/NN cards/NNS")), "nothing before the first word");
        assertEquals(false, FactEdges.mayGrow(new Span(1, 2), tokens("the/DT GPU/NN")), "nothing after the last word");
        assertEquals(true, FactEdges.mayGrow(new Span(0, 2), tokens("Intel/NNP Xeon/NNP Gold/NNP")));
        assertEquals(true, FactEdges.mayGrow(new Span(1, 2), tokens("of/IN 24/CD cores/NNS")), "a number's unit");
        assertEquals(false, FactEdges.mayGrow(new Span(1, 2), tokens("of/IN many/JJ cores/NNS")));
    }

    @Test
    void aTermGrowsAsAPlainFactDoesOverTheNumberBeforeItAndItsNameParts() throws Exception {
        EvidenceKit kit = new EvidenceKit(Map.of("unit", "=GB\n"));
        FactSettings settings = FactSettings.from(KeyValueFile.parse("facts.txt", "generic: dataset\nclause-end: which\n"
                + "unit: @unit\nmax-grow: 10\nend-tags: IN\nname-tags: NN|CD\n"), kit.items);
        org.symqa.nlp.Sentence s = kit.annotator.annotate("Each node had 512 GB of RAM and four processors Intel Xeon Gold 5118.")
                .get(0);
        org.symqa.rules.SentenceView v = kit.view(s);
        assertEquals("512 GB of RAM", words(s.tokens(), FactEdges.grown(new Span(4, 7), v, settings)));
        assertEquals("processors Intel Xeon Gold 5118", words(s.tokens(), FactEdges.grown(new Span(9, 12), v, settings)));
        assertEquals("512 GB", words(s.tokens(), FactEdges.grown(new Span(3, 4), v, settings)), "a number keeps its unit");
        org.symqa.nlp.Sentence counted = kit.annotator.annotate("It had 4 GPU cards and 2016 COCO images.").get(0);
        org.symqa.rules.SentenceView c = kit.view(counted);
        assertEquals("GPU", words(counted.tokens(), FactEdges.grown(new Span(3, 4), c, settings)), "a count stays out");
        assertEquals("COCO", words(counted.tokens(), FactEdges.grown(new Span(7, 8), c, settings)), "a year stays out");
    }

    @Test
    void factSettingsAreCheckedWithTheirPlace() throws Exception {
        EvidenceKit kit = new EvidenceKit(Map.of("unit", "GB\n"));
        String ok = "generic: dataset\nclause-end: which\nunit: @unit\nmax-grow: 10\n";
        assertEquals(10, FactSettings.from(KeyValueFile.parse("facts.txt", ok), kit.items).maxGrow());
        assertEquals(1, FactSettings.from(KeyValueFile.parse("facts.txt", ok.replace("10", "1")), kit.items).maxGrow());
        assertEquals(40, FactSettings.from(KeyValueFile.parse("facts.txt", ok.replace("10", "40")), kit.items).maxGrow());
        assertEquals("facts.txt:4:11: max-grow must be 1..40, got 41", assertThrows(SourceException.class,
                () -> FactSettings.from(KeyValueFile.parse("facts.txt", ok.replace("10", "41")), kit.items)).getMessage());
        assertEquals("facts.txt:4:11: max-grow must be 1..40, got 0", assertThrows(SourceException.class,
                () -> FactSettings.from(KeyValueFile.parse("facts.txt", ok.replace("10", "0")), kit.items)).getMessage());
        assertEquals("facts.txt:4:11: not a whole number: ten", assertThrows(SourceException.class,
                () -> FactSettings.from(KeyValueFile.parse("facts.txt", ok.replace("10", "ten")), kit.items)).getMessage());
    }

    @Test
    void endTagsAreOptionalAndCheckedWithTheirPlace() throws Exception {
        EvidenceKit kit = new EvidenceKit(Map.of("unit", "GB\n"));
        String ok = "generic: dataset\nclause-end: which\nunit: @unit\nmax-grow: 10\n";
        assertEquals(null, FactSettings.from(KeyValueFile.parse("facts.txt", ok), kit.items).endTags());
        assertEquals("IN|CC", FactSettings.from(KeyValueFile.parse("facts.txt", ok + "end-tags: IN|CC\n"), kit.items)
                .endTags().pattern());
        assertEquals("facts.txt:5:17: bad end-tags pattern: Unclosed group", assertThrows(SourceException.class,
                () -> FactSettings.from(KeyValueFile.parse("facts.txt", ok + "end-tags: IN|(CC\n"), kit.items))
                .getMessage());
        List<Token> t = tokens("detects/VBZ and/CC");
        assertEquals("detects and", words(t, FactEdges.trimEnd(new Span(0, 2), t, null)), "no end tags: nothing trimmed");
    }
}
