package com.motovaultpro.platform.ratelimit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class InMemoryRateLimitStoreTest {

    private static final Instant START = Instant.parse("2026-11-21T12:00:00Z");
    private static final Duration MINUTE = Duration.ofMinutes(1);

    private final InMemoryRateLimitStore store = new InMemoryRateLimitStore();

    @Test
    void hitsCountWithinTheWindowThatTheFirstHitStarted() {
        assertEquals(new RateLimitStore.Window(1, START.plus(MINUTE)), store.hit("k", MINUTE, START));
        assertEquals(new RateLimitStore.Window(2, START.plus(MINUTE)), store.hit("k", MINUTE, START.plusSeconds(30)));
        assertEquals(new RateLimitStore.Window(3, START.plus(MINUTE)), store.hit("k", MINUTE, START.plusSeconds(59)));
        assertEquals(new RateLimitStore.Window(3, START.plus(MINUTE)), store.peek("k", MINUTE, START.plusSeconds(59)));
    }

    @Test
    void theFirstHitAfterTheWindowEndedStartsANewOne() {
        store.hit("k", MINUTE, START);
        store.hit("k", MINUTE, START.plusSeconds(10));

        Instant later = START.plus(MINUTE);
        assertEquals(0, store.peek("k", MINUTE, later).count());
        assertEquals(new RateLimitStore.Window(1, later.plus(MINUTE)), store.hit("k", MINUTE, later));
    }

    @Test
    void keysAreCountedApartAndClearForgetsOne() {
        store.hit("a", MINUTE, START);
        store.hit("a", MINUTE, START);
        store.hit("b", MINUTE, START);

        store.clear("a");

        assertEquals(0, store.peek("a", MINUTE, START).count());
        assertEquals(1, store.peek("b", MINUTE, START).count());
    }

    @Test
    void expiredWindowsAreSweptAwaySoMemoryStaysBounded() {
        for (int i = 0; i < 2000; i++) {
            store.hit("old-" + i, MINUTE, START);
        }
        Instant later = START.plus(Duration.ofMinutes(2));
        for (int i = 0; i < 1100; i++) {
            store.hit("new-" + (i % 10), MINUTE, later);
        }
        assertEquals(10, store.size());
    }
}
