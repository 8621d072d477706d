package org.symqa.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.symqa.lexicon.LexiconLibrary;
import org.symqa.resources.SourceException;

/**
 * Compiles {@code rules/frames.rules}: blocks {@code frame NAME} of {@code role NAME: PATTERN} lines (the first role
 * is the anchor) and {@code must:}/{@code must-not:} examples ({@code SENTENCE => role=value; ...}).
 */
public final class FrameCompiler {
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]*");
    private final RuleCompiler patterns;

    public FrameCompiler(LexiconLibrary lexicons) {
        this.patterns = new RuleCompiler(lexicons);
    }

    /** Every frame that compiles, by name in file order; each error goes to {@code errors}. */
    public Map<String, Frame> compile(BlockFile file, List<SourceException> errors) {
        Map<String, Frame> frames = new LinkedHashMap<>();
        for (BlockFile.Block b : file.blocks()) {
            if (!b.kind().equals("frame")) {
                errors.add(new SourceException(file.file(), b.line(), 1, "expected 'frame NAME', got '" + b.kind() + "'"));
            } else if (!NAME.matcher(b.name()).matches()) {
                errors.add(new SourceException(file.file(), b.line(), 7, "bad frame name '" + b.name() + "'"));
            } else if (frames.containsKey(b.name())) {
                errors.add(new SourceException(file.file(), b.line(), 7, "duplicate frame '" + b.name() + "'"));
            } else {
                Frame f = frame(file.file(), b, errors);
                if (f != null) {
                    frames.put(f.name(), f);
                }
            }
        }
        return frames;
    }

    private Frame frame(String file, BlockFile.Block b, List<SourceException> errors) {
        int before = errors.size();
        List<Frame.Role> roles = new ArrayList<>();
        List<Example> must = new ArrayList<>();
        List<Example> mustNot = new ArrayList<>();
        for (BlockFile.Field f : b.fields()) {
            try {
                if (f.key().startsWith("role ")) {
                    String name = f.key().substring(5).strip();
                    if (!NAME.matcher(name).matches()) {
                        throw new SourceException(file, f.line(), 3, "bad role name '" + name + "'");
                    }
                    if (roles.stream().anyMatch(r -> r.name().equals(name))) {
                        throw new SourceException(file, f.line(), 3, "duplicate role '" + name + "'");
                    }
                    FramePattern p = patterns.pattern(file, f, errors);
                    if (p != null) {
                        roles.add(new Frame.Role(name, p, f.line()));
                    }
                } else if (f.key().equals("must")) {
                    must.add(RuleCompiler.example(file, f));
                } else if (f.key().equals("must-not")) {
                    mustNot.add(RuleCompiler.example(file, f));
                } else {
                    throw new SourceException(file, f.line(), 3, "unknown key '" + f.key()
                            + "' (expected 'role NAME', must, must-not)");
                }
            } catch (SourceException e) {
                errors.add(e);
            }
        }
        if (roles.isEmpty() && errors.size() == before) {
            errors.add(new SourceException(file, b.line(), 1, "frame " + b.name() + " has no 'role NAME: PATTERN'"));
        }
        if (errors.size() != before) {
            return null;
        }
        for (Example e : must) {
            for (String key : e.expected().keySet()) {
                String role = key.contains("@") ? key.substring(0, key.indexOf('@')) : key; // share@validation
                if (roles.stream().noneMatch(r -> r.name().equals(role))) {
                    errors.add(new SourceException(file, e.line(), 1, "example names role '" + role
                            + "', which frame " + b.name() + " does not have"));
                }
            }
        }
        return new Frame(b.name(), roles, must, mustNot, file, b.line());
    }
}
