package com.motovaultpro.platform.ratelimit;

import java.time.Duration;
import java.time.Instant;

/**
 * Where rate-limit counters live. Fixed windows: a key's window starts with its first hit and
 * lasts {@code length}; the next hit after that starts a new one. In-process by default; a shared
 * store (Redis) makes the limits hold across replicas.
 */
public interface RateLimitStore {

    /** A key's count in its current window, and when that window ends. */
    record Window(long count, Instant resetsAt) {

        public static Window empty(Instant now, Duration length) {
            return new Window(0, now.plus(length));
        }
    }

    /** Adds one hit to the key's current window (starting one if there is none) and returns it. */
    Window hit(String key, Duration length, Instant now);

    /** The key's current window without adding a hit; count 0 if there is none. */
    Window peek(String key, Duration length, Instant now);

    /** Forgets the key (e.g. failed sign-ins of an account after a successful one). */
    void clear(String key);

    /** Takes one hit back from the key's current window, if it has one (an attempt that succeeded). */
    void release(String key, Instant now);
}
