package com.motovaultpro.transfer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * The problems of a file's rows, keeping only the first {@code limit} by line (what a report
 * lists) however many the file has, in whatever order they are found.
 */
final class RowErrors {

    /** By line, then in the order found. */
    private static final Comparator<Found> IN_ORDER = Comparator.comparingLong((Found f) -> f.error().line())
            .thenComparingLong(Found::order);

    private final int limit;
    /** The kept ones, the last line on top: the one to drop when a line before it comes. */
    private final PriorityQueue<Found> kept;
    private long count;

    RowErrors(int limit) {
        this.limit = limit;
        this.kept = new PriorityQueue<>(IN_ORDER.reversed());
    }

    void add(RowError error) {
        kept.add(new Found(error, count++));
        if (kept.size() > limit) {
            kept.poll();
        }
    }

    boolean isEmpty() {
        return count == 0;
    }

    /** How many were added, kept or not. */
    long count() {
        return count;
    }

    /** These and {@code others}, as one. */
    RowErrors with(RowErrors others) {
        RowErrors all = new RowErrors(limit);
        List<Found> found = new ArrayList<>(kept);
        found.sort(IN_ORDER);
        List<Found> more = new ArrayList<>(others.kept);
        more.sort(IN_ORDER);
        found.forEach(f -> all.add(f.error()));
        more.forEach(f -> all.add(f.error()));
        all.count = count + others.count;
        return all;
    }

    /** The kept ones in line order (a problem of an earlier line first; one line's in the order found). */
    List<RowError> first() {
        List<Found> sorted = new ArrayList<>(kept);
        sorted.sort(IN_ORDER);
        return sorted.stream().map(Found::error).toList();
    }

    private record Found(RowError error, long order) {
    }
}
