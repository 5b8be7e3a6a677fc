package com.motovaultpro.platform.ratelimit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Redis's reply (count, milliseconds left) as a window. */
class RedisRateLimitStoreTest {

    private static final Instant NOW = Instant.parse("2024-01-01T00:00:00Z");
    private static final Duration MINUTE = Duration.ofMinutes(1);

    @Test
    void aCountWithTimeLeftEndsThen() {
        assertEquals(new RateLimitStore.Window(3, NOW.plusMillis(42_000)),
                RedisRateLimitStore.window(List.of(3L, 42_000L), NOW, MINUTE));
    }

    @Test
    void noKeyIsAnEmptyWindowOfFullLength() {
        assertEquals(RateLimitStore.Window.empty(NOW, MINUTE), RedisRateLimitStore.window(List.of(0L, -2L), NOW, MINUTE));
    }

    @Test
    void aKeyWithoutExpiryCountsAsEmpty() {
        assertEquals(RateLimitStore.Window.empty(NOW, MINUTE), RedisRateLimitStore.window(List.of(5L, -1L), NOW, MINUTE));
    }
}
