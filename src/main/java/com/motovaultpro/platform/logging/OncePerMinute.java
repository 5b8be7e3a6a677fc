package com.motovaultpro.platform.logging;

import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A warning for a background job that fails each time it runs while something is away (the
 * database, say): logged at most once a minute, not on every run.
 */
public final class OncePerMinute {

    private static final long MINUTE_MILLIS = 60_000;

    private final Logger log;
    private final AtomicLong last = new AtomicLong(Long.MIN_VALUE / 2);

    public OncePerMinute(Logger log) {
        this.log = log;
    }

    public void warn(String message, Throwable cause) {
        long now = System.currentTimeMillis();
        long previous = last.get();
        if (now - previous >= MINUTE_MILLIS && last.compareAndSet(previous, now)) {
            log.log(Level.WARNING, message, cause);
        }
    }
}
