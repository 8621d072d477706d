package org.symqa.lexicon;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.symqa.resources.ResourceSource;
import org.symqa.resources.SourceException;

/**
 * The lexicons a rule set refers to, loaded by name from {@code lexicons/NAME.txt} on first use and kept in name
 * order (so that everything built from them is deterministic).
 */
public final class LexiconLibrary {
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]*");

    private final ResourceSource source;
    private final Function<String, List<String>> tokenizer;
    private final Map<String, Optional<Lexicon>> loaded = new TreeMap<>();

    public LexiconLibrary(ResourceSource source, Function<String, List<String>> tokenizer) {
        this.source = source;
        this.tokenizer = tokenizer;
    }

    /** True when {@code lexicons/NAME.txt} exists and parses (parse errors surface through {@link #get}). */
    public boolean exists(String name) throws SourceException {
        return load(name).isPresent();
    }

    /** The lexicon of this name. */
    public Lexicon get(String name) throws SourceException {
        return load(name).orElseThrow(() -> new SourceException(source.describe(name + ".txt"), 1, 1, "no such lexicon"));
    }

    /** Every lexicon loaded so far, by name. */
    public List<Lexicon> loaded() {
        List<Lexicon> out = new ArrayList<>();
        loaded.values().forEach(o -> o.ifPresent(out::add));
        return out;
    }

    /** The file a lexicon is read from, as shown in messages. */
    public String describe(String name) {
        return source.describe(name + ".txt");
    }

    private Optional<Lexicon> load(String name) throws SourceException {
        Optional<Lexicon> have = loaded.get(name);
        if (have != null) {
            return have;
        }
        if (!NAME.matcher(name).matches()) {
            return Optional.empty();
        }
        Optional<String> text;
        try {
            text = source.read(name + ".txt");
        } catch (IOException e) {
            throw new SourceException(source.describe(name + ".txt"), 1, 1, "cannot read: " + e.getMessage());
        }
        Optional<Lexicon> lexicon = Optional.empty();
        if (text.isPresent()) {
            lexicon = Optional.of(Lexicon.parse(name, source.describe(name + ".txt"), text.get(), tokenizer));
        }
        loaded.put(name, lexicon);
        return lexicon;
    }
}
