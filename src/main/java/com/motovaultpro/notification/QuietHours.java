package com.motovaultpro.notification;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Optional;

/**
 * A person's quiet hours, local time in their zone: pushes (ntfy, Gotify) wait until the end.
 * {@code from} after {@code until} spans midnight (22:00–07:00); equal times mean none. Pure.
 */
public record QuietHours(LocalTime from, LocalTime until) {

    /** Until when a push at {@code now} must wait, if {@code now} is inside the quiet hours. */
    public Optional<Instant> holdUntil(Instant now, ZoneId zone) {
        if (from.equals(until)) {
            return Optional.empty();
        }
        LocalDateTime local = LocalDateTime.ofInstant(now, zone);
        LocalTime time = local.toLocalTime();
        boolean overMidnight = from.isAfter(until);
        boolean inside = overMidnight ? !time.isBefore(from) || time.isBefore(until)
                : !time.isBefore(from) && time.isBefore(until);
        if (!inside) {
            return Optional.empty();
        }
        LocalDate endDay = overMidnight && !time.isBefore(from) ? local.toLocalDate().plusDays(1) : local.toLocalDate();
        // A local time that does not exist that day (a clock change) is moved on by the gap.
        return Optional.of(endDay.atTime(until).atZone(zone).toInstant());
    }
}
