package org.symqa.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A must: example: its sentence and expected roles after the last " => ", and the roles a match fails to yield. */
class ExampleTest {

    @Test
    void aSentenceWithoutArrowExpectsNoRoles() {
        assertEquals(new Example("We used a GPU.", 4, Map.of()), Example.parse("We used a GPU.", 4));
        assertEquals(new Example("a=>b", 4, Map.of()), Example.parse("a=>b", 4));
    }

    @Test
    void rolesFollowTheLastArrowInOrder() {
        Example e = Example.parse("x => y. => device = NVIDIA V100 ;count=2", 7);
        assertEquals("x => y.", e.text());
        assertEquals(7, e.line());
        assertEquals(List.of("device", "count"), List.copyOf(e.expected().keySet()));
        assertEquals(Map.of("device", "NVIDIA V100", "count", "2"), e.expected());
        assertEquals(Map.of("lr", "a=b"), Example.parse("s => lr=a=b", 1).expected());
    }

    /** A role part needs a role name before its '='. */
    @Test
    void aRolePartWithoutNameOrEqualsIsRejected() {
        assertNull(Example.parse("s => device", 1));
        assertNull(Example.parse("s => =V100", 1));
        assertNull(Example.parse("s => device=V100; count", 1));
        assertEquals(Map.of("d", "V100"), Example.parse("s => d=V100", 1).expected());
    }

    @Test
    void missingRolesNameWhatWasExpectedAndWhatWasFound() {
        SentenceView s = Tagged.view("two NVIDIA V100 GPUs");
        Mention count = new Mention(new Span(0, 1), "count", false, List.of());
        Mention device = new Mention(new Span(1, 3), "device", false, List.of(count));
        Mention plain = Mention.of(new Span(3, 4));
        Example e = Example.parse("s => device=NVIDIA V100; count=2", 1);
        assertEquals(List.of("count=2 (got two)"), e.missingRoles(s, List.of(plain, device)));
        Example ok = Example.parse("s => device=NVIDIA V100; count=two", 1);
        assertTrue(ok.missingRoles(s, List.of(device)).isEmpty());
        assertEquals(List.of("device=NVIDIA V100 (got none)", "count=two (got none)"), ok.missingRoles(s, List.of(plain)));
        Mention other = new Mention(new Span(2, 3), "device", false, List.of());
        assertEquals(List.of("device=A100 (got NVIDIA V100 | V100)"),
                Example.parse("s => device=A100", 1).missingRoles(s, List.of(device, other)));
        assertFalse(Example.parse("s => device=V100", 1).missingRoles(s, List.of(device, other)).size() > 0);
    }

    /** {@code role@anchor=value}: the role must qualify the anchor of those words, not merely stand in the sentence. */
    @Test
    void aRoleAtAnAnchorMustQualifyThatAnchor() {
        SentenceView s = Tagged.view("20 % of training for validation");
        Mention share = new Mention(new Span(0, 2), "share", false, List.of());
        Mention training = new Mention(new Span(3, 4), "part", false, List.of(share));
        Mention validation = new Mention(new Span(5, 6), "part", false, List.of());
        Example e = Example.parse("s => share@validation=20 %", 1);
        assertEquals(List.of("share@validation=20 % (got none)"), e.missingRoles(s, List.of(training, validation)));
        Mention paired = new Mention(new Span(5, 6), "part", false, List.of(share));
        Mention bare = new Mention(new Span(3, 4), "part", false, List.of());
        assertTrue(e.missingRoles(s, List.of(bare, paired)).isEmpty());
        assertEquals(List.of("share@training=20 % (got none)"),
                Example.parse("s => share@training=20 %", 1).missingRoles(s, List.of(bare, paired)));
    }

    /** {@code role=} with nothing after it: the role must not be found. */
    @Test
    void anEmptyRoleMustNotBeFound() {
        SentenceView s = Tagged.view("MAE = 1 n");
        Mention value = new Mention(new Span(2, 3), "value", false, List.of());
        Mention metric = new Mention(new Span(0, 1), "metric", false, List.of(value));
        Example e = Example.parse("s => metric=MAE; value=", 1);
        assertEquals(List.of("value= (expected none, got 1)"), e.missingRoles(s, List.of(metric)));
        Mention alone = new Mention(new Span(0, 1), "metric", false, List.of());
        assertTrue(e.missingRoles(s, List.of(alone)).isEmpty());
    }
}
