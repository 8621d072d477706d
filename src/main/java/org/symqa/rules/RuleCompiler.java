package org.symqa.rules;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.symqa.lexicon.LexiconLibrary;
import org.symqa.resources.SourceException;

/** Compiles the {@code rule} blocks of an evidence rule file ({@code rules/evidence/TOPIC.rules}) into rules. */
public final class RuleCompiler {
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
    private static final Pattern MACRO = Pattern.compile("(?<!\\(\\?)\\$[A-Za-z_][A-Za-z0-9_]*");
    private static final Pattern TOKENSREGEX_AT = Pattern.compile("line (\\d+), column (\\d+)");

    private final LexiconLibrary lexicons;
    private final ItemParser items;
    private final Map<String, Frame> frames;

    /** A compiler for rules without frames. */
    public RuleCompiler(LexiconLibrary lexicons) {
        this(lexicons, Map.of());
    }

    /** A compiler whose rules may use the frames of {@code frames} (by name). */
    public RuleCompiler(LexiconLibrary lexicons, Map<String, Frame> frames) {
        this(lexicons, frames, new ItemParser(lexicons));
    }

    /** A compiler whose rules may use the frames of {@code frames}, parsing items with {@code items}. */
    public RuleCompiler(LexiconLibrary lexicons, Map<String, Frame> frames, ItemParser items) {
        this.lexicons = lexicons;
        this.items = items;
        this.frames = Map.copyOf(frames);
    }

    /** Compiles every rule of a parsed file; the file's {@code topic:} header must name {@code topic}. */
    public List<Rule> compile(BlockFile file, String topic) throws SourceException {
        List<SourceException> errors = new ArrayList<>();
        List<Rule> rules = compile(file, topic, errors);
        if (!errors.isEmpty()) {
            throw errors.get(0);
        }
        return rules;
    }

    /**
     * Compiles every rule it can, adding each error to {@code errors} (a rule with an error is left out), so that
     * one run reports every error of the file.
     */
    public List<Rule> compile(BlockFile file, String topic, List<SourceException> errors) {
        BlockFile.Field header = file.header().stream().filter(f -> f.key().equals("topic")).findFirst().orElse(null);
        if (header == null) {
            errors.add(new SourceException(file.file(), 1, 1, "missing 'topic: " + topic + "' header"));
        } else if (!header.value().equals(topic)) {
            errors.add(new SourceException(file.file(), header.line(), header.column(),
                    "file is for topic '" + header.value() + "', expected '" + topic + "'"));
        }
        for (BlockFile.Field f : file.header()) {
            if (f != header) {
                errors.add(new SourceException(file.file(), f.line(), 1, (f.key().equals("topic") ? "second 'topic:' "
                        + "header" : "unknown header '" + f.key() + ":'") + " (an evidence rule file's header is one "
                        + "'topic: " + topic + "' line)"));
            }
        }
        List<Rule> rules = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (BlockFile.Block b : file.blocks()) {
            if (!b.kind().equals("rule")) {
                errors.add(new SourceException(file.file(), b.line(), 1, "expected 'rule ID', got '" + b.kind() + "'"));
            } else if (!ID.matcher(b.name()).matches()) {
                errors.add(new SourceException(file.file(), b.line(), 6, "bad rule id '" + b.name() + "'"));
            } else if (!ids.add(b.name())) {
                errors.add(new SourceException(file.file(), b.line(), 6, "duplicate rule id '" + b.name() + "'"));
            } else {
                Rule r = compile(file.file(), topic, b, errors);
                if (r != null) {
                    rules.add(r);
                }
            }
        }
        return rules;
    }

    private Rule compile(String file, String topic, BlockFile.Block b, List<SourceException> errors) {
        int before = errors.size();
        RuleKind kind = null;
        List<Condition> conditions = new ArrayList<>();
        boolean hasOrPattern = false;
        List<Example> must = new ArrayList<>();
        List<Example> mustNot = new ArrayList<>();
        BlockFile.Field above = null;
        NotLine notAbove = null; // the line above compiled as a not: line
        for (BlockFile.Field f : b.fields()) {
            int compiled = conditions.size();
            try {
                switch (f.key()) {
                    case "kind" -> kind = kind(file, f);
                    case "has" -> {
                        hasOrPattern = true;
                        AnyOf found = items.parseCollecting(file, f, errors);
                        if (found != null) {
                            conditions.add(new HasLine(found, f.value()));
                        }
                    }
                    case "not" -> {
                        AnyOf found = items.parseCollecting(file, f, errors);
                        if (found != null) {
                            conditions.add(new NotLine(found, f.value()));
                        }
                    }
                    case "unless" -> {
                        UnlessLine.checkPlace(file, f, above);
                        AnyOf found = items.parseCollecting(file, f, errors);
                        if (notAbove != null && found != null) {
                            conditions.set(conditions.size() - 1, new UnlessLine(notAbove, found, f.value()));
                        }
                    }
                    case "fact" -> {
                        if (f.value().startsWith(FactLine.FRAME)) {
                            conditions.add(new FactLine(null, frame(file, f, f.value().substring(FactLine.FRAME.length())
                                    .strip()), f.value()));
                        } else {
                            AnyOf found = items.parseCollecting(file, f, errors);
                            if (found != null) {
                                conditions.add(new FactLine(found, null, f.value()));
                            }
                        }
                    }
                    case "pattern" -> {
                        hasOrPattern = true;
                        FramePattern pattern = pattern(file, f, errors);
                        if (pattern != null) {
                            conditions.add(new PatternLine(pattern));
                        }
                    }
                    case "frame" -> {
                        hasOrPattern = true;
                        conditions.add(new FrameLine(frame(file, f, f.value())));
                    }
                    case "must" -> must.add(example(file, f));
                    case "must-not" -> mustNot.add(example(file, f));
                    default -> throw new SourceException(file, f.line(), 3, "unknown key '" + f.key()
                            + "' (expected one of kind, has, not, unless, pattern, frame, fact, must, must-not)");
                }
            } catch (SourceException e) {
                errors.add(e);
            }
            above = f;
            notAbove = conditions.size() > compiled && conditions.get(compiled) instanceof NotLine not ? not : null;
        }
        if (kind == null && errors.size() == before) {
            errors.add(new SourceException(file, b.line(), 1, "rule " + b.name() + " has no 'kind: direct|related'"));
        }
        if (!hasOrPattern && errors.size() == before) {
            errors.add(new SourceException(file, b.line(), 1, "rule " + b.name() + " needs 'has:', 'pattern:' or 'frame:'"));
        }
        if (errors.size() != before) {
            return null;
        }
        return new Rule(b.name(), topic, kind, file, b.line(), conditions, must, mustNot, b.source());
    }

    private Frame frame(String file, BlockFile.Field f, String name) throws SourceException {
        Frame frame = frames.get(name);
        if (frame == null) {
            throw new SourceException(file, f.line(), f.column(), "unknown frame '" + name
                    + "' (frames: " + String.join(", ", new java.util.TreeSet<>(frames.keySet())) + ")");
        }
        return frame;
    }

    /** An example line, with the roles it must yield after {@code =>}. */
    static Example example(String file, BlockFile.Field f) throws SourceException {
        Example e = Example.parse(f.value(), f.line());
        if (e == null) {
            throw new SourceException(file, f.line(), f.column() + f.value().lastIndexOf(Example.ARROW) + 4,
                    "expected 'role=value; role=value' after '=>'");
        }
        return e;
    }

    private static RuleKind kind(String file, BlockFile.Field f) throws SourceException {
        return switch (f.value().toLowerCase(Locale.ROOT)) {
            case "direct" -> RuleKind.DIRECT;
            case "related" -> RuleKind.RELATED;
            default -> throw new SourceException(file, f.line(), f.column(),
                    "kind must be 'direct' or 'related', got '" + f.value() + "'");
        };
    }

    /** The compiled pattern, or null after adding each unknown lexicon it names to {@code errors}. */
    FramePattern pattern(String file, BlockFile.Field f, List<SourceException> errors) throws SourceException {
        boolean unknown = false;
        for (String name : FramePattern.lexiconRefs(f.value())) {
            if (!lexicons.exists(name)) {
                int at = f.value().indexOf("@" + name);
                errors.add(new SourceException(file, f.line(), f.column() + at,
                        "unknown lexicon '" + name + "' (no lexicons/" + name + ".txt)"));
                unknown = true;
            }
        }
        Matcher macro = MACRO.matcher(f.value());
        while (macro.find()) {
            errors.add(new SourceException(file, f.line(), f.column() + macro.start(), "unknown macro '"
                    + macro.group() + "' (rule patterns define no TokensRegex macros; use @lexicon for word lists)"));
            unknown = true;
        }
        if (unknown) {
            return null;
        }
        try {
            return FramePattern.compile(f.value());
        } catch (IllegalArgumentException e) {
            int col = f.column();
            Matcher at = TOKENSREGEX_AT.matcher(e.getMessage());
            if (at.find() && FramePattern.lexiconRefs(f.value()).isEmpty() && !f.value().contains(FramePattern.NUMBER)) {
                col += Integer.parseInt(at.group(2)) - 1;
            }
            throw new SourceException(file, f.line(), col, "pattern does not parse: " + e.getMessage());
        }
    }
}
