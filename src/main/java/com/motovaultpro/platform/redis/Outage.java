package com.motovaultpro.platform.redis;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Whether the shared store is worth asking: after a failure it is left alone for a pause (so an
 * outage costs one timeout, not one per request), then tried again; the first success ends the
 * outage. Tells its caller when an outage starts and ends, so each is logged once.
 */
public class Outage {

    /** What a report changed. */
    public enum Change {
        NONE,
        STARTED,
        ENDED
    }

    private final Duration pause;
    private final Clock clock;
    private Instant retryAt;
    private String cause;

    public Outage(Duration pause, Clock clock) {
        this.pause = pause;
        this.clock = clock;
    }

    /** False while paused after a failure. */
    public synchronized boolean worthTrying() {
        return retryAt == null || !clock.instant().isBefore(retryAt);
    }

    public synchronized boolean ongoing() {
        return retryAt != null;
    }

    public synchronized String cause() {
        return cause;
    }

    public synchronized Change failed(String why) {
        Change change = retryAt == null ? Change.STARTED : Change.NONE;
        retryAt = clock.instant().plus(pause);
        cause = why;
        return change;
    }

    public synchronized Change succeeded() {
        Change change = retryAt == null ? Change.NONE : Change.ENDED;
        retryAt = null;
        cause = null;
        return change;
    }
}
