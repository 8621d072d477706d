package org.symqa.nlp;

import java.io.IOException;
import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.symqa.resources.ResourceSource;
import org.symqa.resources.SourceException;

/**
 * The data files of the OpenNLP backend, read and parsed: the tokenizer's words ({@code lexicons/opennlp/
 * abbreviations.txt, clitics.txt, units.txt}), the lemma lexicon ({@code lexicons/opennlp/lemmas.txt}), the suffix
 * rules ({@code rules/opennlp/lemma-suffixes.txt}) and the tag mapping ({@code rules/opennlp/tags.txt}).
 *
 * @param files every file read, name as shown in messages -> text (for the rule set's digest)
 */
record OpenNlpData(TokenWords words, Lemmas lemmas, TagMap tags, SortedMap<String, String> files) {

    /** Reads the files from the rule and lexicon folders; a bad file stops with its {@code file:line:col}. */
    static OpenNlpData load(ResourceSource rules, ResourceSource lexicons) throws SourceException {
        SortedMap<String, String> read = new TreeMap<>();
        TokenWords words = TokenWords.parse(file(lexicons, "opennlp/abbreviations.txt", read),
                file(lexicons, "opennlp/clitics.txt", read), file(lexicons, "opennlp/units.txt", read));
        Lemmas lemmas = Lemmas.parse(file(lexicons, "opennlp/lemmas.txt", read),
                file(rules, "opennlp/lemma-suffixes.txt", read));
        TagMap tags = TagMap.parse(file(rules, "opennlp/tags.txt", read), lemmas);
        return new OpenNlpData(words, lemmas, tags, Collections.unmodifiableSortedMap(read));
    }

    private static DataFile file(ResourceSource source, String path, Map<String, String> read) throws SourceException {
        String name = source.describe(path);
        try {
            String text = source.read(path).orElseThrow(() -> new SourceException(name, 1, 1, "file not found"));
            read.put(name, text);
            return new DataFile(name, text);
        } catch (IOException e) {
            throw new SourceException(name, 1, 1, "cannot read: " + e.getMessage());
        }
    }
}
