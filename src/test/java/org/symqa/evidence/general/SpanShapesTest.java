package org.symqa.evidence.general;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.symqa.TestPipeline;
import org.symqa.nlp.Token;
import org.symqa.rules.SentenceView;
import org.symqa.rules.Span;

/** The answer shapes on the repository's rules: numbers, dates, places, noun phrases and clauses. */
class SpanShapesTest {
    private static final SpanShapes SHAPES = new SpanShapes(TestPipeline.get().ruleSet().general());

    private static SentenceView view(String text) {
        return TestPipeline.get().questionView(text);
    }

    private static List<String> words(SentenceView v, List<Span> spans) {
        return spans.stream().map(s -> text(v, s)).toList();
    }

    private static String text(SentenceView v, Span s) {
        return v.tokens().subList(s.start(), s.end()).stream().map(Token::word).collect(Collectors.joining(" "));
    }

    @Test
    void numbersTakeTheirQualifierUnitAndRange() {
        SentenceView v = view("BirdNET identifies over 3000 bird species and recall ranged from 9% to 68% in 2.4 minutes.");
        assertEquals(List.of("over 3000", "from 9 % to 68 %", "2.4 minutes"), words(v, SHAPES.numbers(v)));
        SentenceView w = view("Yoruba is spoken by about 45 million people; Eighty-five participants completed it.");
        assertEquals(List.of("about 45 million", "Eighty-five"), words(w, SHAPES.numbers(w)));
    }

    @Test
    void aYearInACitationIsNoNumberButADate() {
        SentenceView v = view("BirdNET detects 984 species (Kahl et al., 2021) between 1870 and 1914.");
        assertEquals(List.of("984"), words(v, SHAPES.numbers(v)).subList(0, 1));
        assertEquals(List.of("2021", "between 1870 and 1914"), words(v, SHAPES.dates(v)));
    }

    @Test
    void placesAreNamesOrPhrasesOfPlaceWords() {
        SentenceView v = view("We ran a trial in 14 nursing homes in Lower Saxony, Germany, near the central plateau.");
        List<String> places = words(v, SHAPES.places(v));
        assertEquals("Lower Saxony , Germany", places.get(0));
        assertEquals("the central plateau", places.get(places.size() - 1));
        SentenceView w = view("The survey covered three wetlands in the Ethiopian highlands in January 2019.");
        assertEquals(List.of("three wetlands", "the Ethiopian highlands"), words(w, SHAPES.places(w)));
    }

    @Test
    void nounPhrasesAndLists() {
        SentenceView v = view("Two historians marked persons, locations and organisations with the Geriatric Depression Scale (GDS-15).");
        List<String> names = words(v, SHAPES.all(AnswerShape.NAME, v));
        assertEquals(true, names.contains("persons , locations and organisations"), names.toString());
        assertEquals(true, names.contains("the Geriatric Depression Scale ( GDS-15 )"), names.toString());
    }

    @Test
    void clausesEndAtABreakASemicolonOrACitation() {
        SentenceView v = view("A positive slope denotes a greening trend (kNDVI), while a negative slope denotes browning.");
        assertEquals("a greening trend ( kNDVI )", text(v, SHAPES.clause(v, 4, false)));
        SentenceView w = view("R refers to the R language for statistical computing (R Core Team, 2020); it is free.");
        assertEquals("the R language for statistical computing", text(w, SHAPES.clause(w, 3, false)));
        SentenceView x = view("Ppara, a regulator of fatty acid oxidation, increased.");
        assertEquals("a regulator of fatty acid oxidation", text(x, SHAPES.clause(x, 2, true)));
        assertEquals("a regulator of fatty acid oxidation , increased", text(x, SHAPES.clause(x, 2, false)));
        assertNull(SHAPES.clause(x, x.tokens().size(), false));
    }
}
