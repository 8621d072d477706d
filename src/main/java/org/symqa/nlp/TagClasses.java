package org.symqa.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The tags a tagger can give, in classes under which the lemmatiser treats every word alike, so that a word's
 * possible lemmas need one lemmatisation per class (its first tag, the representative) rather than one per tag.
 *
 * @param classes the classes, each a non-empty list of tags; no tag is in two classes
 */
public record TagClasses(List<List<String>> classes) {
    public TagClasses {
        List<List<String>> copy = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (List<String> c : classes) {
            if (c.isEmpty()) {
                throw new IllegalArgumentException("empty tag class");
            }
            for (String t : c) {
                if (!seen.add(t)) {
                    throw new IllegalArgumentException("tag " + t + " is in two classes");
                }
            }
            copy.add(List.copyOf(c));
        }
        classes = List.copyOf(copy);
    }

    /** The classes of a resource file on the class path: one class a line, tags separated by spaces, # comments. */
    public static TagClasses read(String resource) {
        try (InputStream in = TagClasses.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the tag list " + resource + " is not on the class path");
            }
            List<List<String>> classes = new ArrayList<>();
            for (DataFile.Line line : new DataFile(resource, new String(in.readAllBytes(), StandardCharsets.UTF_8)).lines()) {
                classes.add(List.of(line.text().split("\\s+")));
            }
            return new TagClasses(classes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every tag, class by class in file order. */
    public List<String> tags() {
        List<String> out = new ArrayList<>();
        classes.forEach(out::addAll);
        return List.copyOf(out);
    }

    /** The class of a tag: its line's index in file order, or -1 for a tag of no class. */
    public int classOf(String tag) {
        for (int i = 0; i < classes.size(); i++) {
            if (classes.get(i).contains(tag)) {
                return i;
            }
        }
        return -1;
    }

    /** The first tag of each class, in file order. */
    public List<String> representatives() {
        return classes.stream().map(c -> c.get(0)).toList();
    }
}
