package com.motovaultpro.reminder;

import java.math.BigDecimal;
import java.time.Period;
import java.util.Optional;

/** How a recurring reminder repeats: every so many months/days, and/or every so much distance. */
public record Recurrence(Optional<Period> interval, Optional<BigDecimal> distance) {

    public Recurrence {
        if (interval.isEmpty() && distance.isEmpty()) {
            throw new IllegalArgumentException("a recurrence needs an interval, a distance, or both");
        }
        interval.filter(p -> p.isNegative() || p.isZero()).ifPresent(p -> {
            throw new IllegalArgumentException("the interval must be positive");
        });
        distance.filter(d -> d.signum() <= 0).ifPresent(d -> {
            throw new IllegalArgumentException("the distance must be positive");
        });
    }

    public static Recurrence of(Period interval, BigDecimal distance) {
        return new Recurrence(Optional.ofNullable(interval), Optional.ofNullable(distance));
    }
}
