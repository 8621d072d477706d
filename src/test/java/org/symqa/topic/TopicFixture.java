package org.symqa.topic;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.symqa.lexicon.LexiconLibrary;
import org.symqa.lexicon.TermMatcher;
import org.symqa.lexicon.WordFamilies;
import org.symqa.nlp.Sentence;
import org.symqa.nlp.Token;
import org.symqa.resources.ResourceSource;
import org.symqa.resources.SourceException;
import org.symqa.rules.BlockFile;
import org.symqa.rules.ItemParser;
import org.symqa.rules.SentenceView;

/**
 * A small topics file compiled without CoreNLP (words split at spaces and punctuation, lemma = lower-cased word),
 * for tests that pin how the recognizer scores.
 */
final class TopicFixture {
    /** The header of the fixture, points as in the repository's file. */
    static final String HEADER = """
            key-points: 6
            cue-points: 3
            key-points-in-examples: 2
            cue-points-in-examples: 1
            domain-points: 3
            off-domain-points: 6
            threshold: 6
            second-topic-percent: 75
            domain: model | network | classifier
            off-domain: patient
            """;
    /** Three topics and general. */
    static final String TOPICS = """

            topic hardware
              missing: which hardware was used
              found: Hardware named
              key: gpu
              cue: machine
              cue: run

            topic frameworks
              missing: which framework was used
              found: Frameworks named
              key: pytorch
              cue: library
              cue: python

            topic purpose
              missing: what the model is for
              found: Purpose named
              cue: classify
              cue: classification
              cue: "detect"
              cue: output
              need: purpose | classify | "detect" | task
              not: study

            topic general
              missing: the answer
              found: The context says
            """;
    static final String FAMILIES = "classify classification classifier\ndetect detection detector\n";
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'-]*|\\S");

    private TopicFixture() {
    }

    /** The recognizer of {@code HEADER} with {@code replace} pairs applied (e.g. "threshold: 6", "threshold: 7"). */
    static CueTopicRecognizer recognizer(String... replace) throws SourceException {
        String header = HEADER;
        for (int i = 0; i + 1 < replace.length; i += 2) {
            header = header.replace(replace[i], replace[i + 1]);
        }
        return new CueTopicRecognizer(catalog(header + TOPICS), views());
    }

    /** Compiles a topics file against the fixture's lexicons and families. */
    static TopicCatalog catalog(String text) throws SourceException {
        LexiconLibrary lexicons = lexicons();
        return TopicCatalog.compile(BlockFile.parse("topics.rules", text), new ItemParser(lexicons),
                WordFamilies.parse("families.txt", FAMILIES));
    }

    static LexiconLibrary lexicons() {
        Map<String, String> files = new TreeMap<>(Map.of("example-markers.txt", "such as\ne.g.\n"));
        ResourceSource source = new ResourceSource() {
            @Override
            public Optional<String> read(String path) throws IOException {
                return Optional.ofNullable(files.get(path));
            }

            @Override
            public String describe(String path) {
                return "lexicons/" + path;
            }
        };
        return new LexiconLibrary(source, TopicFixture::words);
    }

    static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    /**
     * Questions as one sentence with the hits of the example markers; a word of more than three letters that ends
     * in "s" is tagged NNS (a plural noun), the others carry no tag.
     */
    static Function<String, SentenceView> views() throws SourceException {
        TermMatcher markers = new TermMatcher(List.of(lexicons().get(CueTopicRecognizer.EXAMPLE_MARKERS)));
        return text -> {
            List<Token> tokens = new ArrayList<>();
            Matcher m = TOKEN.matcher(text);
            while (m.find()) {
                String w = m.group();
                String tag = w.length() > 3 && w.endsWith("s") ? "NNS" : "";
                tokens.add(new Token(w, w.toLowerCase(Locale.ROOT), tag, m.start(), m.end()));
            }
            return new SentenceView(new Sentence(0, text, 0, text.length(), tokens), markers.find(tokens));
        };
    }
}
