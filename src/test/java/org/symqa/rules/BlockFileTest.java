package org.symqa.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.symqa.resources.SourceException;

/**
 * The shared syntax of rule files: header fields, blocks with indented fields and their source, value columns, and
 * every syntax error with its line and column (a bad block opening also skips its block's lines).
 */
class BlockFileTest {

    private static List<String> errors(String text) {
        List<SourceException> errors = new ArrayList<>();
        BlockFile.parse("f.rules", text, errors);
        return errors.stream().map(Exception::getMessage).toList();
    }

    @Test
    void headerFieldsThenBlocksWithTheirFieldsAndSource() throws Exception {
        BlockFile f = BlockFile.parse("f.rules", "# comment\ntopic: hardware\n\nrule a.b\n  kind: direct\r\n  # note\n"
                + "  has:   gpu  \nrule c\n  kind:\n");
        assertEquals(List.of(new BlockFile.Field("topic", "hardware", 2, 8)), f.header());
        assertEquals(2, f.blocks().size());
        BlockFile.Block a = f.blocks().get(0);
        assertEquals("rule", a.kind());
        assertEquals("a.b", a.name());
        assertEquals(4, a.line());
        assertEquals(List.of(new BlockFile.Field("kind", "direct", 5, 9), new BlockFile.Field("has", "gpu", 7, 10)),
                a.fields());
        assertEquals("rule a.b\n  kind: direct\n  has:   gpu", a.source());
        assertEquals(List.of(new BlockFile.Field("kind", "", 9, 8)), f.blocks().get(1).fields());
    }

    @Test
    void aBadBlockOpeningIsReportedAndItsLinesSkipped() {
        assertEquals(List.of("f.rules:2:1: expected 'WORD NAME' to open a block, got 'rule a b'"),
                errors("topic: t\nrule a b\n  kind: direct\n  gpu\nrule c\n  kind: direct\n"));
        assertEquals(List.of("f.rules:1:1: expected 'WORD NAME' to open a block, got 'rule'"), errors("rule\n  x\n"));
    }

    @Test
    void aFieldNeedsAColon() {
        assertEquals(List.of("f.rules:3:5: expected 'key: value'"), errors("rule a\n  kind: direct\n    gpu\n"));
    }

    @Test
    void aFieldNeedsAKeyBeforeItsColon() {
        assertEquals(List.of("f.rules:1:1: expected 'key: value', got no key before ':'",
                "f.rules:3:3: expected 'key: value', got no key before ':'"),
                errors(": oops\nrule a\n  : direct\n"));
    }

    @Test
    void fieldsMustBeIndentedInBlocksAndOnlyThere() {
        assertEquals(List.of("f.rules:1:1: indented line outside a block"), errors("  has: gpu\nrule a\n  kind: direct\n"));
        assertEquals(List.of("f.rules:2:1: 'kind:' must be indented under its block"), errors("rule a\nkind: direct\n"));
    }

    @Test
    void theFirstErrorIsThrownByTheStrictParse() {
        SourceException e = org.junit.jupiter.api.Assertions.assertThrows(SourceException.class,
                () -> BlockFile.parse("f.rules", "rule a\nkind: direct\n  gpu\n"));
        assertEquals("f.rules:2:1: 'kind:' must be indented under its block", e.getMessage());
    }
}
