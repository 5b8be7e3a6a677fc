package com.motovaultpro.platform.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.motovaultpro.testing.MovableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The first level: short-lived, bounded. */
class LocalCacheTest {

    private final MovableClock clock = new MovableClock(Instant.parse("2024-01-01T00:00:00Z"));

    @Test
    void anEntryLivesForItsTtlAndNotLonger() {
        LocalCache cache = new LocalCache(Duration.ofMinutes(5), 100, clock);
        cache.put("k", "v");
        clock.advance(Duration.ofMinutes(5).minusMillis(1));
        assertEquals(Optional.of("v"), cache.get("k"));
        clock.advance(Duration.ofMillis(1));
        assertEquals(Optional.empty(), cache.get("k"));
        assertEquals(0, cache.size(), "an expired entry is dropped when found");
    }

    @Test
    void neverHoldsMoreThanItsLimitAndDropsTheOldestFirst() {
        LocalCache cache = new LocalCache(Duration.ofMinutes(5), 20, clock);
        for (int i = 0; i < 200; i++) {
            cache.put("k" + i, i);
            clock.advance(Duration.ofMillis(10));
            assertTrue(cache.size() <= 20, "size " + cache.size() + " after " + (i + 1));
        }
        assertEquals(Optional.of(199), cache.get("k199"), "the newest stays");
        assertEquals(Optional.empty(), cache.get("k0"), "the oldest went");
    }

    @Test
    void expiredEntriesMakeRoomBeforeLiveOnes() {
        LocalCache cache = new LocalCache(Duration.ofMinutes(1), 10, clock);
        cache.put("old", 1);
        clock.advance(Duration.ofMinutes(2));
        for (int i = 0; i < 9; i++) {
            cache.put("live" + i, i);
        }
        cache.put("one-more", 10);
        for (int i = 0; i < 9; i++) {
            assertEquals(Optional.of(i), cache.get("live" + i));
        }
    }
}
