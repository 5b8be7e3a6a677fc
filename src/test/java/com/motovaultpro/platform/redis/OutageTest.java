package com.motovaultpro.platform.redis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.motovaultpro.testing.MovableClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A failing store is left alone for a pause, then tried again; start and end are told once. */
class OutageTest {

    private final MovableClock clock = new MovableClock(Instant.parse("2024-01-01T00:00:00Z"));
    private final Outage outage = new Outage(Duration.ofSeconds(3), clock, "nothing is shared", "shared again");

    @Test
    void aFailureStartsAPauseAndTheFirstSuccessEndsTheOutage() {
        assertTrue(outage.worthTrying());
        assertEquals(Outage.Change.NONE, outage.succeeded(), "no outage to end");
        assertEquals(Outage.Change.STARTED, outage.failed("connection refused"));
        assertTrue(outage.ongoing());
        assertEquals("connection refused", outage.cause());
        assertFalse(outage.worthTrying(), "paused right after the failure");
        clock.advance(Duration.ofMillis(2999));
        assertFalse(outage.worthTrying());
        clock.advance(Duration.ofMillis(1));
        assertTrue(outage.worthTrying(), "tried again after the pause");
        assertEquals(Outage.Change.NONE, outage.failed("timeout"), "still the same outage: not told again");
        assertFalse(outage.worthTrying());
        clock.advance(Duration.ofSeconds(3));
        assertEquals(Outage.Change.ENDED, outage.succeeded());
        assertFalse(outage.ongoing());
        assertNull(outage.cause());
        assertTrue(outage.worthTrying());
    }
}
