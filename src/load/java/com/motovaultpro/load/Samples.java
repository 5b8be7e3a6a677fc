package com.motovaultpro.load;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Every measured request's time, per view, as the sessions saw it (Gatling's own report has the
 * same, in HTML): what the summary's percentiles are computed from, exactly (nearest rank).
 */
final class Samples {

    /** A view's figures: requests, errors and the 50th, 95th and 99th percentile in ms. */
    record Figures(long requests, long errors, long p50, long p95, long p99) {
    }

    /** The sign-ins' own line: not a view, and not part of "all views". */
    static final String SIGN_IN = "sign in";

    private final Map<String, Queue<Long>> times = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> errors = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> untimed = new ConcurrentHashMap<>();
    private final AtomicLong first = new AtomicLong(Long.MAX_VALUE);
    private final AtomicLong last = new AtomicLong(Long.MIN_VALUE);

    /** A request of {@code view}: its time (null when a failed check left none) and whether it failed. */
    void add(String view, Long millis, boolean failed) {
        if (!SIGN_IN.equals(view)) {
            long now = System.currentTimeMillis();
            first.accumulateAndGet(now, Math::min);
            last.accumulateAndGet(now, Math::max);
        }
        Queue<Long> queue = times.computeIfAbsent(view, v -> new ConcurrentLinkedQueue<>());
        if (millis != null) {
            queue.add(millis);
        }
        if (failed) {
            errors.computeIfAbsent(view, v -> new AtomicLong()).incrementAndGet();
            untimed.computeIfAbsent(view, v -> new AtomicLong()).addAndGet(millis == null ? 1 : 0);
        }
    }

    /** The figures of every view together (sign-ins left out). */
    Figures allViews() {
        List<Long> sorted = new ArrayList<>();
        long requests = 0;
        long failed = 0;
        for (Map.Entry<String, Queue<Long>> view : times.entrySet()) {
            if (!SIGN_IN.equals(view.getKey())) {
                sorted.addAll(view.getValue());
                requests += view.getValue().size() + untimed.getOrDefault(view.getKey(), new AtomicLong()).get();
                failed += errors.getOrDefault(view.getKey(), new AtomicLong()).get();
            }
        }
        sorted.sort(null);
        return new Figures(requests, failed, percentile(sorted, 50), percentile(sorted, 95), percentile(sorted, 99));
    }

    /** Seconds from the first measured request of a view to the last (sign-ins left out). */
    long seconds() {
        return first.get() == Long.MAX_VALUE ? 0 : Math.max(1, (last.get() - first.get()) / 1000);
    }

    Map<String, Figures> figures() {
        Map<String, Figures> all = new LinkedHashMap<>();
        times.forEach((view, queue) -> {
            List<Long> sorted = new ArrayList<>(queue);
            sorted.sort(null);
            all.put(view, new Figures(sorted.size() + untimed.getOrDefault(view, new AtomicLong()).get(), errors.getOrDefault(view, new AtomicLong()).get(),
                    percentile(sorted, 50), percentile(sorted, 95), percentile(sorted, 99)));
        });
        return all;
    }

    /** The nearest-rank percentile of sorted values. */
    static long percentile(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }
}
