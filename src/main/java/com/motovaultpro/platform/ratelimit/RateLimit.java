package com.motovaultpro.platform.ratelimit;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** A limit of {@code max} hits per {@code window}; decides from a counted window. */
public record RateLimit(int max, Duration window) {

    public RateLimit {
        if (max < 1 || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("A rate limit needs max >= 1 and a positive window");
        }
    }

    /** After counting a hit: empty if it is within the limit, else how long until the window ends. */
    public Optional<Duration> exceededBy(RateLimitStore.Window counted, Instant now) {
        return counted.count() > max ? Optional.of(retryAfter(counted, now)) : Optional.empty();
    }

    /** Before trying (no hit counted): empty if another attempt is allowed, else how long to wait. */
    public Optional<Duration> blocks(RateLimitStore.Window current, Instant now) {
        return current.count() >= max ? Optional.of(retryAfter(current, now)) : Optional.empty();
    }

    public long remaining(RateLimitStore.Window counted) {
        return Math.max(0, max - counted.count());
    }

    /** Whole seconds, rounded up and at least 1, as Retry-After wants them. */
    public static long seconds(Duration wait) {
        long seconds = wait.getSeconds() + (wait.getNano() > 0 ? 1 : 0);
        return Math.max(1, seconds);
    }

    private static Duration retryAfter(RateLimitStore.Window window, Instant now) {
        Duration left = Duration.between(now, window.resetsAt());
        return left.isNegative() ? Duration.ZERO : left;
    }
}
