package com.motovaultpro.tax;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * When a recurring fee falls due again. A fee dated D recurring every N months covers D up to
 * D + N months; from that day on it has lapsed and the next fee is dated D + N months. Each fee
 * is counted from the one before it, as the stored records are: a fee dated 31 Jan recurring
 * monthly is followed by 28 (or 29) Feb, then 28 Mar.
 */
public final class Renewals {

    private Renewals() {
    }

    /**
     * The dates of the fees that follow one dated {@code date} and have fallen due by {@code today},
     * oldest first, at most {@code limit} of them (the rest follow on a later run).
     */
    public static List<LocalDate> due(LocalDate date, int interval, RecurrenceUnit unit, LocalDate today, int limit) {
        if (interval <= 0) {
            throw new IllegalArgumentException("interval must be positive, was " + interval);
        }
        List<LocalDate> due = new ArrayList<>();
        LocalDate next = next(date, interval, unit);
        while (due.size() < limit && !next.isAfter(today)) {
            due.add(next);
            next = next(next, interval, unit);
        }
        return due;
    }

    /** The day the fee dated {@code date} lapses: the date its successor carries. */
    public static LocalDate next(LocalDate date, int interval, RecurrenceUnit unit) {
        return unit == RecurrenceUnit.MONTHS ? date.plusMonths(interval) : date.plusDays(interval);
    }
}
