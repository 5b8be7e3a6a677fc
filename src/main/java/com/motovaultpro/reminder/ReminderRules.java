package com.motovaultpro.reminder;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * The reminder rules of the SPEC as pure functions: urgency of a due date and/or odometer, and
 * the next due values of a recurring reminder marked done.
 */
public final class ReminderRules {

    private ReminderRules() {
    }

    /**
     * How urgent a reminder is today. Past due: due date ≤ today, or due odometer ≤ current
     * odometer. Otherwise very urgent / urgent within the thresholds, else not urgent. With both a
     * date and an odometer the more urgent one wins. Without a known current odometer, an
     * odometer-only reminder cannot be judged and counts as not urgent.
     */
    public static Urgency urgency(Due due, LocalDate today, Optional<BigDecimal> currentOdometer, Thresholds thresholds) {
        Urgency byDate = due.date().map(date -> byDate(date, today, thresholds)).orElse(null);
        Urgency byOdometer = due.odometer().flatMap(odo -> currentOdometer.map(current -> byOdometer(odo, current, thresholds)))
                .orElse(null);
        if (byDate == null && byOdometer == null) {
            return Urgency.NOT_URGENT;
        }
        return byDate == null ? byOdometer : byDate.mostUrgent(byOdometer);
    }

    private static Urgency byDate(LocalDate due, LocalDate today, Thresholds t) {
        long days = ChronoUnit.DAYS.between(today, due);
        if (days <= 0) {
            return Urgency.PAST_DUE;
        }
        if (days <= t.veryUrgentDays()) {
            return Urgency.VERY_URGENT;
        }
        return days <= t.urgentDays() ? Urgency.URGENT : Urgency.NOT_URGENT;
    }

    private static Urgency byOdometer(BigDecimal due, BigDecimal current, Thresholds t) {
        BigDecimal left = due.subtract(current);
        if (left.signum() <= 0) {
            return Urgency.PAST_DUE;
        }
        if (left.compareTo(t.veryUrgentDistance()) <= 0) {
            return Urgency.VERY_URGENT;
        }
        return left.compareTo(t.urgentDistance()) <= 0 ? Urgency.URGENT : Urgency.NOT_URGENT;
    }

    /**
     * The next due values of a recurring reminder marked done by a record dated {@code doneOn} at
     * {@code doneAt} (odometer, if recorded). Normally counted from the record; with fixed
     * intervals from the previous due values (so a late service does not shift the schedule). A
     * part without an interval keeps no due value; a distance interval without any odometer to
     * count from is counted from the previous due odometer.
     */
    public static Due next(Due previous, Recurrence every, LocalDate doneOn, Optional<BigDecimal> doneAt,
                           boolean fixedIntervals) {
        Optional<LocalDate> date = every.interval().map(interval -> (fixedIntervals
                ? previous.date().orElse(doneOn) : doneOn).plus(interval));
        Optional<BigDecimal> odometer = every.distance().flatMap(distance -> (fixedIntervals
                ? previous.odometer().or(() -> doneAt) : doneAt.or(previous::odometer)).map(base -> base.add(distance)));
        return new Due(date, odometer);
    }
}
