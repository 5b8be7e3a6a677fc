package com.motovaultpro.platform.redis;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.logging.Logger;

/**
 * Whether the shared store is worth asking: after a failure it is left alone for a pause (so an
 * outage costs one timeout, not one per request), then tried again; the first success ends the
 * outage. Each outage is logged once when it starts and once when it ends, naming what is affected.
 */
public class Outage {

    private static final Logger LOG = Logger.getLogger(Outage.class.getName());

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

    private final String whileDown;
    private final String whenBack;

    /**
     * @param whileDown what the log says happens meanwhile ("reads go to the database")
     * @param whenBack  what the log says when Redis answers again
     */
    public Outage(Duration pause, Clock clock, String whileDown, String whenBack) {
        this.pause = pause;
        this.clock = clock;
        this.whileDown = whileDown;
        this.whenBack = whenBack;
    }

    /** The call's result, or empty if it failed or Redis is being left alone after a failure. */
    public <T> Optional<T> attempt(Supplier<T> call) {
        if (!worthTrying()) {
            return Optional.empty();
        }
        try {
            T result = call.get();
            if (succeeded() == Change.ENDED) {
                LOG.info("Redis answers again: " + whenBack);
            }
            return Optional.of(result);
        } catch (RuntimeException e) {
            if (failed(e.getMessage()) == Change.STARTED) {
                LOG.warning("Redis does not answer (" + e.getMessage() + "): " + whileDown + " until it does");
            }
            return Optional.empty();
        }
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
