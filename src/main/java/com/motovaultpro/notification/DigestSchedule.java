package com.motovaultpro.notification;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;

/**
 * When a person's next digest is due: at their chosen local hour, every day or on their chosen
 * weekday, in their time zone — the first such moment after a given instant. On a day whose hour
 * does not exist (clocks go forward) it comes at the first moment after the gap. Pure.
 */
public final class DigestSchedule {

    /** How often a digest comes. */
    public enum Frequency {
        NONE,
        DAILY,
        WEEKLY
    }

    private DigestSchedule() {
    }

    public static Instant next(Instant after, ZoneId zone, Frequency frequency, int hour, DayOfWeek day) {
        if (frequency == Frequency.NONE) {
            throw new IllegalArgumentException("no digest");
        }
        LocalDate date = after.atZone(zone).toLocalDate();
        if (frequency == Frequency.WEEKLY) {
            date = date.with(TemporalAdjusters.nextOrSame(day));
        }
        while (true) {
            Instant candidate = date.atTime(hour, 0).atZone(zone).toInstant();
            if (candidate.isAfter(after)) {
                return candidate;
            }
            date = frequency == Frequency.DAILY ? date.plusDays(1) : date.plusWeeks(1);
        }
    }
}
