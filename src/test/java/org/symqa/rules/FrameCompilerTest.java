package org.symqa.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.symqa.lexicon.LexiconLibrary;
import org.symqa.nlp.SimpleAnnotator;
import org.symqa.resources.MapSource;
import org.symqa.resources.SourceException;

/** Frame blocks of frames.rules: roles in order, examples, and each error with its place. */
class FrameCompilerTest {
    private static final FrameCompiler FRAMES = new FrameCompiler(
            new LexiconLibrary(new MapSource("lexicons", Map.of()), new SimpleAnnotator()::tokenize));

    private static List<String> errors(String text) {
        List<SourceException> errors = new ArrayList<>();
        FRAMES.compile(BlockFile.parse("frames.rules", text, new ArrayList<>()), errors);
        return errors.stream().map(Exception::getMessage).toList();
    }

    @Test
    void compilesRolesInOrderWithTheirExamples() {
        List<SourceException> errors = new ArrayList<>();
        Map<String, Frame> frames = FRAMES.compile(BlockFile.parse("frames.rules",
                "frame dev\n  role device: [{lemma:gpu}]\n  role count: [{word:/\\\\d+/}]\n  must: 2 GPUs => count=2\n"
                        + "  must-not: a CPU\n", new ArrayList<>()), errors);
        assertEquals(List.of(), errors);
        Frame f = frames.get("dev");
        assertEquals(List.of("device", "count"), f.roles().stream().map(Frame.Role::name).toList());
        assertEquals(Map.of("count", "2"), f.must().get(0).expected());
        assertEquals("a CPU", f.mustNot().get(0).text());
    }

    @Test
    void reportsBadAndDuplicateRolesAndMissingRoles() {
        assertEquals(List.of("frames.rules:3:3: duplicate role 'device'"),
                errors("frame dev\n  role device: [{lemma:gpu}]\n  role device: [{lemma:tpu}]\n"));
        assertEquals(List.of("frames.rules:2:3: bad role name 'Device'"), errors("frame dev\n  role Device: [{lemma:gpu}]\n"));
        assertEquals(List.of("frames.rules:1:1: frame dev has no 'role NAME: PATTERN'"), errors("frame dev\n  must: a GPU\n"));
        assertEquals(List.of("frames.rules:2:3: unknown key 'has' (expected 'role NAME', must, must-not)"),
                errors("frame dev\n  has: gpu\n"));
    }

    /** A frame with a bad line gets no "has no role" error on top; an example must name roles the frame has. */
    @Test
    void followUpErrorsAreLeftOutAndExampleRolesChecked() {
        assertEquals(List.of("frames.rules:2:3: bad role name 'X'"), errors("frame dev\n  role X: [{lemma:gpu}]\n"));
        assertEquals(List.of("frames.rules:3:1: example names role 'size', which frame dev does not have"),
                errors("frame dev\n  role device: [{lemma:gpu}]\n  must: a GPU => device=GPU; size=2\n"));
        // role@anchor names the role before the '@'; an empty value expects the role not to be found
        assertEquals(List.of(), errors("frame dev\n  role device: [{lemma:gpu}]\n  role count: [{lemma:two}]\n"
                + "  must: two GPU => count@GPU=two; device=GPU\n  must: a GPU => count=\n"));
        assertEquals(List.of("frames.rules:3:1: example names role 'size', which frame dev does not have"),
                errors("frame dev\n  role device: [{lemma:gpu}]\n  must: a GPU => size@GPU=2\n"));
    }
}
