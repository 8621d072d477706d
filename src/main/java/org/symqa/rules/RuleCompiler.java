package org.symqa.rules;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.symqa.lexicon.LexiconLibrary;
import org.symqa.resources.SourceException;

/** Compiles the {@code rule} blocks of an evidence rule file ({@code rules/evidence/TOPIC.rules}) into rules. */
public final class RuleCompiler {
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
    private static final Pattern TOKENSREGEX_AT = Pattern.compile("line (\\d+), column (\\d+)");
    private static final Set<String> KEYS = Set.of("kind", "has", "not", "pattern", "must", "must-not");

    private final LexiconLibrary lexicons;
    private final ItemParser items;

    public RuleCompiler(LexiconLibrary lexicons) {
        this.lexicons = lexicons;
        this.items = new ItemParser(lexicons);
    }

    /** Compiles every rule of a parsed file; the file's {@code topic:} header must name {@code topic}. */
    public List<Rule> compile(BlockFile file, String topic) throws SourceException {
        BlockFile.Field header = file.header().stream().filter(f -> f.key().equals("topic")).findFirst()
                .orElseThrow(() -> new SourceException(file.file(), 1, 1, "missing 'topic: " + topic + "' header"));
        if (!header.value().equals(topic)) {
            throw new SourceException(file.file(), header.line(), header.column(),
                    "file is for topic '" + header.value() + "', expected '" + topic + "'");
        }
        List<Rule> rules = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (BlockFile.Block b : file.blocks()) {
            if (!b.kind().equals("rule")) {
                throw new SourceException(file.file(), b.line(), 1, "expected 'rule ID', got '" + b.kind() + "'");
            }
            if (!ID.matcher(b.name()).matches()) {
                throw new SourceException(file.file(), b.line(), 6, "bad rule id '" + b.name() + "'");
            }
            if (!ids.add(b.name())) {
                throw new SourceException(file.file(), b.line(), 6, "duplicate rule id '" + b.name() + "'");
            }
            rules.add(compile(file.file(), topic, b));
        }
        return rules;
    }

    private Rule compile(String file, String topic, BlockFile.Block b) throws SourceException {
        RuleKind kind = null;
        List<AnyOf> has = new ArrayList<>();
        List<Item> not = new ArrayList<>();
        FramePattern pattern = null;
        List<Rule.Example> must = new ArrayList<>();
        List<Rule.Example> mustNot = new ArrayList<>();
        for (BlockFile.Field f : b.fields()) {
            if (!KEYS.contains(f.key())) {
                throw new SourceException(file, f.line(), 3, "unknown key '" + f.key() + "' (expected one of "
                        + "kind, has, not, pattern, must, must-not)");
            }
            switch (f.key()) {
                case "kind" -> kind = kind(file, f);
                case "has" -> has.add(items.parse(file, f));
                case "not" -> not.addAll(items.parse(file, f).items());
                case "pattern" -> pattern = pattern(file, f);
                case "must" -> must.add(new Rule.Example(f.value(), f.line()));
                default -> mustNot.add(new Rule.Example(f.value(), f.line()));
            }
        }
        if (kind == null) {
            throw new SourceException(file, b.line(), 1, "rule " + b.name() + " has no 'kind: direct|related'");
        }
        if (has.isEmpty() && pattern == null) {
            throw new SourceException(file, b.line(), 1, "rule " + b.name() + " needs 'has:' or 'pattern:'");
        }
        return new Rule(b.name(), topic, kind, file, b.line(), has, not.isEmpty() ? null : new AnyOf(not),
                pattern, must, mustNot, b.source());
    }

    private static RuleKind kind(String file, BlockFile.Field f) throws SourceException {
        return switch (f.value().toLowerCase(Locale.ROOT)) {
            case "direct" -> RuleKind.DIRECT;
            case "related" -> RuleKind.RELATED;
            default -> throw new SourceException(file, f.line(), f.column(),
                    "kind must be 'direct' or 'related', got '" + f.value() + "'");
        };
    }

    private FramePattern pattern(String file, BlockFile.Field f) throws SourceException {
        for (String name : FramePattern.lexiconRefs(f.value())) {
            if (!lexicons.exists(name)) {
                int at = f.value().indexOf("@" + name);
                throw new SourceException(file, f.line(), f.column() + at,
                        "unknown lexicon '" + name + "' (no lexicons/" + name + ".txt)");
            }
        }
        try {
            return FramePattern.compile(f.value());
        } catch (IllegalArgumentException e) {
            int col = f.column();
            Matcher at = TOKENSREGEX_AT.matcher(e.getMessage());
            if (at.find() && FramePattern.lexiconRefs(f.value()).isEmpty()) {
                col += Integer.parseInt(at.group(2)) - 1;
            }
            throw new SourceException(file, f.line(), col, "pattern does not parse: " + e.getMessage());
        }
    }
}
