package com.motovaultpro.transfer;

import com.motovaultpro.logbook.RecordContext.EarlierReading;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/**
 * The highest odometer reading dated before a day, for an import that visits its rows in date
 * order: the vehicle's stored readings, plus every row accepted so far. What a create asks the
 * database for each record, answered from memory in one pass — each reading is looked at once.
 * Readings of the same day do not count for each other (a reading is "earlier" only on an earlier
 * day), as for a create.
 */
final class EarlierReadings {

    private final Iterator<EarlierReading> stored;
    private EarlierReading nextStored;
    private LocalDate day;
    private EarlierReading highest;
    private EarlierReading highestOfDay;

    /** @param stored the vehicle's readings, oldest first */
    EarlierReadings(List<EarlierReading> stored) {
        this.stored = stored.iterator();
        this.nextStored = this.stored.hasNext() ? this.stored.next() : null;
    }

    /**
     * The highest reading dated before {@code date}.
     *
     * @throws IllegalArgumentException if {@code date} is before the day last asked about
     */
    Optional<EarlierReading> before(LocalDate date) {
        if (day != null && date.isBefore(day)) {
            throw new IllegalArgumentException("rows must come in date order: " + date + " after " + day);
        }
        if (!date.equals(day)) {
            highest = higher(highest, highestOfDay);
            highestOfDay = null;
            day = date;
        }
        while (nextStored != null && nextStored.date().isBefore(date)) {
            highest = higher(highest, nextStored);
            nextStored = stored.hasNext() ? stored.next() : null;
        }
        return Optional.ofNullable(highest);
    }

    /** A row of the day last asked about was accepted with this reading: it counts for later days. */
    void accepted(EarlierReading reading) {
        if (!reading.date().equals(day)) {
            throw new IllegalArgumentException("a reading of " + reading.date() + " while visiting " + day);
        }
        highestOfDay = higher(highestOfDay, reading);
    }

    /** The higher of two readings; on a tie the one already held (the earlier visited). */
    private static EarlierReading higher(EarlierReading held, EarlierReading other) {
        if (held == null) {
            return other;
        }
        return other == null || other.odometer().compareTo(held.odometer()) <= 0 ? held : other;
    }
}
