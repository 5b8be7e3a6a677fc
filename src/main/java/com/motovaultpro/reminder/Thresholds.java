package com.motovaultpro.reminder;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * When a reminder turns urgent and very urgent: within so many days of its due date, or so many
 * distance units of its due odometer. Server-wide defaults; a reminder may carry its own, which
 * apply to that reminder only.
 */
public record Thresholds(int urgentDays, int veryUrgentDays, BigDecimal urgentDistance, BigDecimal veryUrgentDistance)
        implements Serializable {

    /** SPEC defaults: urgent within 30 days or 100 units, very urgent within 7 days or 50 units. */
    public static final Thresholds DEFAULTS = new Thresholds(30, 7, new BigDecimal("100"), new BigDecimal("50"));

    public Thresholds {
        if (urgentDays < 0 || veryUrgentDays < 0 || urgentDistance.signum() < 0 || veryUrgentDistance.signum() < 0) {
            throw new IllegalArgumentException("thresholds cannot be negative");
        }
    }

    /** A reminder's own thresholds where it has them (non-null), {@code defaults} for the others. */
    public static Thresholds overriding(Thresholds defaults, Integer urgentDays, Integer veryUrgentDays,
                                       BigDecimal urgentDistance, BigDecimal veryUrgentDistance) {
        return new Thresholds(urgentDays != null ? urgentDays : defaults.urgentDays(),
                veryUrgentDays != null ? veryUrgentDays : defaults.veryUrgentDays(),
                urgentDistance != null ? urgentDistance : defaults.urgentDistance(),
                veryUrgentDistance != null ? veryUrgentDistance : defaults.veryUrgentDistance());
    }
}
