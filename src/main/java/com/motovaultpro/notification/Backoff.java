package com.motovaultpro.notification;

import java.time.Duration;
import java.util.function.DoubleSupplier;

/**
 * When a failed delivery is tried again: exponential backoff from the first retry's wait (30
 * seconds by default), doubling per attempt up to 4 hours, with "equal jitter" (half the delay fixed, half random) so that retries of
 * many notifications to one recovering host spread out instead of arriving together.
 */
public final class Backoff {

    static final Duration LONGEST = Duration.ofHours(4);

    private Backoff() {
    }

    /**
     * The wait after failed attempt number {@code attempt} (1 = the first), starting from
     * {@code first}, with {@code random} in [0, 1).
     */
    public static Duration after(int attempt, Duration first, DoubleSupplier random) {
        long base = first.toMillis() << Math.min(Math.max(attempt - 1, 0), 20);
        long capped = Math.min(base, LONGEST.toMillis());
        long half = capped / 2;
        return Duration.ofMillis(half + (long) (random.getAsDouble() * half));
    }
}
