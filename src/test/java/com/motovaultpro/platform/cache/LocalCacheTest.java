package com.motovaultpro.platform.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The first level: short-lived, bounded. */
class LocalCacheTest {

    private static final class MovableClock extends Clock {
        Instant now = Instant.parse("2024-01-01T00:00:00Z");

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final MovableClock clock = new MovableClock();

    @Test
    void anEntryLivesForItsTtlAndNotLonger() {
        LocalCache cache = new LocalCache(Duration.ofMinutes(5), 100, clock);
        cache.put("k", "v");
        clock.now = clock.now.plus(Duration.ofMinutes(5)).minusMillis(1);
        assertEquals(Optional.of("v"), cache.get("k"));
        clock.now = clock.now.plusMillis(1);
        assertEquals(Optional.empty(), cache.get("k"));
        assertEquals(0, cache.size(), "an expired entry is dropped when found");
    }

    @Test
    void neverHoldsMoreThanItsLimitAndDropsTheOldestFirst() {
        LocalCache cache = new LocalCache(Duration.ofMinutes(5), 20, clock);
        for (int i = 0; i < 200; i++) {
            cache.put("k" + i, i);
            clock.now = clock.now.plusMillis(10);
            assertTrue(cache.size() <= 20, "size " + cache.size() + " after " + (i + 1));
        }
        assertEquals(Optional.of(199), cache.get("k199"), "the newest stays");
        assertEquals(Optional.empty(), cache.get("k0"), "the oldest went");
    }

    @Test
    void expiredEntriesMakeRoomBeforeLiveOnes() {
        LocalCache cache = new LocalCache(Duration.ofMinutes(1), 10, clock);
        cache.put("old", 1);
        clock.now = clock.now.plus(Duration.ofMinutes(2));
        for (int i = 0; i < 9; i++) {
            cache.put("live" + i, i);
        }
        cache.put("one-more", 10);
        for (int i = 0; i < 9; i++) {
            assertEquals(Optional.of(i), cache.get("live" + i));
        }
    }
}
