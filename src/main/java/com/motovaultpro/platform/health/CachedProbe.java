package com.motovaultpro.platform.health;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.function.LongSupplier;

/**
 * A dependency's last known state for code on the request path (pages asking "is it up?"): the
 * probe runs at most once per interval, in one thread at a time; every other caller gets the last
 * answer at once. A probe that throws counts as "down".
 */
public final class CachedProbe {

    private final BooleanSupplier probe;
    private final long intervalNanos;
    private final LongSupplier nanoTime;
    private final AtomicBoolean running = new AtomicBoolean();
    private volatile long checkedAt;
    private volatile boolean checked;
    private volatile boolean up = true;

    public CachedProbe(BooleanSupplier probe, long intervalNanos, LongSupplier nanoTime) {
        this.probe = probe;
        this.intervalNanos = intervalNanos;
        this.nanoTime = nanoTime;
    }

    public boolean up() {
        if ((!checked || nanoTime.getAsLong() - checkedAt >= intervalNanos) && running.compareAndSet(false, true)) {
            try {
                up = probe.getAsBoolean();
            } catch (RuntimeException e) {
                up = false;
            } finally {
                checkedAt = nanoTime.getAsLong();
                checked = true;
                running.set(false);
            }
        }
        return up;
    }

    /** Something else saw the dependency fail: "down" until the next probe, an interval from now. */
    public void down() {
        up = false;
        checkedAt = nanoTime.getAsLong();
        checked = true;
    }
}
