package com.motovaultpro.platform.ratelimit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RateLimitTest {

    private static final Instant START = Instant.parse("2026-11-21T12:00:00Z");
    private static final RateLimit FIVE_PER_FIVE_MINUTES = new RateLimit(5, Duration.ofMinutes(5));

    @ParameterizedTest(name = "{0} failures so far, {1} s into the window → blocked for {2} s (-1: allowed)")
    @CsvSource({
            "0,   0,  -1",
            "4,   0,  -1",
            "4, 299,  -1",
            "5,   0, 300",
            "5, 120, 180",
            "9, 299,   1",
    })
    void signInIsBlockedOnceTheFailuresAreUsedUp(long failures, long secondsIn, long blockedSeconds) {
        RateLimitStore.Window window = new RateLimitStore.Window(failures, START.plus(Duration.ofMinutes(5)));

        Optional<Duration> blocked = FIVE_PER_FIVE_MINUTES.blocks(window, START.plusSeconds(secondsIn));

        assertEquals(blockedSeconds, blocked.map(Duration::toSeconds).orElse(-1L));
    }

    @ParameterizedTest(name = "hit number {0} of max 100 → remaining {1}, exceeded {2}")
    @CsvSource({
            "1,   99, false",
            "100,  0, false",
            "101,  0, true",
            "500,  0, true",
    })
    void aCountedRequestIsOverTheLimitOnlyPastMax(long count, long remaining, boolean exceeded) {
        RateLimit limit = new RateLimit(100, Duration.ofMinutes(1));
        RateLimitStore.Window window = new RateLimitStore.Window(count, START.plusSeconds(60));

        assertEquals(remaining, limit.remaining(window));
        assertEquals(exceeded, limit.exceededBy(window, START.plusSeconds(15)).isPresent());
    }

    @ParameterizedTest(name = "{0} ms → Retry-After {1}")
    @CsvSource({"0, 1", "1, 1", "999, 1", "1000, 1", "1001, 2", "59500, 60"})
    void retryAfterIsWholeSecondsRoundedUpAndAtLeastOne(long millis, long seconds) {
        assertEquals(seconds, RateLimit.seconds(Duration.ofMillis(millis)));
    }

    @Test
    void aLimitNeedsAPositiveMaxAndWindow() {
        assertThrows(IllegalArgumentException.class, () -> new RateLimit(0, Duration.ofMinutes(1)));
        assertThrows(IllegalArgumentException.class, () -> new RateLimit(1, Duration.ZERO));
    }
}
