package com.motovaultpro.platform.health;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The last answer for everyone, one probe per interval; a failure seen elsewhere counts at once. */
class CachedProbeTest {

    private static final long INTERVAL = 1_000;

    private final AtomicLong now = new AtomicLong(10_000);
    private final AtomicBoolean answers = new AtomicBoolean(true);
    private final AtomicInteger probes = new AtomicInteger();
    private final CachedProbe probe = new CachedProbe(() -> {
        probes.incrementAndGet();
        return answers.get();
    }, INTERVAL, now::get);

    @Test
    void probesOncePerInterval() {
        assertTrue(probe.up());
        answers.set(false);
        assertTrue(probe.up(), "the last answer within the interval");
        assertEquals(1, probes.get());
        now.addAndGet(INTERVAL);
        assertFalse(probe.up());
        assertEquals(2, probes.get());
    }

    @Test
    void aThrowingProbeCountsAsDown() {
        CachedProbe throwing = new CachedProbe(() -> {
            throw new IllegalStateException("refused");
        }, INTERVAL, now::get);
        assertFalse(throwing.up());
    }

    @Test
    void downHoldsUntilTheNextProbeAnIntervalLater() {
        assertTrue(probe.up());
        probe.down();
        assertFalse(probe.up(), "a failure seen by a request counts at once");
        assertEquals(1, probes.get(), "without probing again");
        now.addAndGet(INTERVAL);
        assertTrue(probe.up(), "the next probe decides");
        assertEquals(2, probes.get());
    }
}
