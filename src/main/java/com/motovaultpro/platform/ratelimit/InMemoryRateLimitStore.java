package com.motovaultpro.platform.ratelimit;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Counters in this process: exact for one server, per replica in a cluster. Expired windows are
 * dropped as new ones are counted, so memory stays bounded by the keys active in one window.
 */
public class InMemoryRateLimitStore implements RateLimitStore {

    private static final int SWEEP_EVERY = 1024;

    private final ConcurrentMap<String, Window> windows = new ConcurrentHashMap<>();
    private int hitsSinceSweep;

    @Override
    public Window hit(String key, Duration length, Instant now) {
        Window window = windows.compute(key, (k, current) -> current == null || !now.isBefore(current.resetsAt())
                ? new Window(1, now.plus(length))
                : new Window(current.count() + 1, current.resetsAt()));
        sweepNow(now);
        return window;
    }

    @Override
    public Window peek(String key, Duration length, Instant now) {
        Window current = windows.get(key);
        return current == null || !now.isBefore(current.resetsAt()) ? Window.empty(now, length) : current;
    }

    @Override
    public void clear(String key) {
        windows.remove(key);
    }

    @Override
    public void release(String key, Instant now) {
        windows.computeIfPresent(key, (k, current) -> !now.isBefore(current.resetsAt()) || current.count() <= 1
                ? null : new Window(current.count() - 1, current.resetsAt()));
    }

    int size() {
        return windows.size();
    }

    private void sweepNow(Instant now) {
        boolean sweep;
        synchronized (this) {
            sweep = ++hitsSinceSweep >= SWEEP_EVERY;
            if (sweep) {
                hitsSinceSweep = 0;
            }
        }
        if (sweep) {
            windows.values().removeIf(w -> !now.isBefore(w.resetsAt()));
        }
    }
}
