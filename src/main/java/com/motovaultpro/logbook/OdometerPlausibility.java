package com.motovaultpro.logbook;

import com.motovaultpro.platform.units.DistanceUnit;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;

/**
 * Whether a reading implies a daily distance the vehicle plausibly did not drive since its
 * highest earlier reading — the mark of a typing error such as an extra digit. It is asked to be
 * confirmed, never refused: above a hard ceiling per unit (no car covers 2,000 km a day), or
 * more than ten times the vehicle's own recent daily average and above a floor (so a road trip of
 * a car that mostly stands still is not questioned for a few hundred kilometres a day).
 */
public final class OdometerPlausibility {

    /** How many times its recent average a vehicle may drive a day before a reading is questioned. */
    static final BigDecimal AVERAGE_FACTOR = BigDecimal.TEN;

    private static final Map<DistanceUnit, BigDecimal> CEILING = Map.of(
            DistanceUnit.KILOMETERS, new BigDecimal("2000"),
            DistanceUnit.MILES, new BigDecimal("1250"),
            DistanceUnit.HOURS, new BigDecimal("24"));
    private static final Map<DistanceUnit, BigDecimal> FLOOR = Map.of(
            DistanceUnit.KILOMETERS, new BigDecimal("500"),
            DistanceUnit.MILES, new BigDecimal("300"),
            DistanceUnit.HOURS, new BigDecimal("12"));

    private OdometerPlausibility() {
    }

    /**
     * The daily distance the reading implies, if it is implausible.
     *
     * @param recentDailyAverage the vehicle's average per day over its recent readings, if known
     */
    public static Optional<BigDecimal> implausibleDailyDistance(BigDecimal odometer, LocalDate date,
            RecordContext.EarlierReading earlier, Optional<BigDecimal> recentDailyAverage, DistanceUnit unit) {
        BigDecimal driven = odometer.subtract(earlier.odometer());
        if (driven.signum() <= 0) {
            return Optional.empty();
        }
        long days = ChronoUnit.DAYS.between(earlier.date(), date);
        BigDecimal perDay = driven.divide(BigDecimal.valueOf(Math.max(1, days)), 0, RoundingMode.HALF_UP);
        // Readings carry dates, not times: on consecutive dates they may be up to two days apart.
        boolean aboveCeiling = driven.compareTo(CEILING.get(unit).multiply(BigDecimal.valueOf(days + 1))) > 0;
        boolean farAboveAverage = recentDailyAverage
                .map(average -> perDay.compareTo(average.multiply(AVERAGE_FACTOR).max(FLOOR.get(unit))) > 0)
                .orElse(false);
        return aboveCeiling || farAboveAverage ? Optional.of(perDay) : Optional.empty();
    }

    /** The average per day between two readings, or empty if they are too close in time to say. */
    public static Optional<BigDecimal> dailyAverage(RecordContext.EarlierReading first,
            RecordContext.EarlierReading last) {
        long days = ChronoUnit.DAYS.between(first.date(), last.date());
        if (days < MINIMUM_AVERAGE_DAYS) {
            return Optional.empty();
        }
        return Optional.of(last.odometer().subtract(first.odometer()).max(BigDecimal.ZERO)
                .divide(BigDecimal.valueOf(days), 2, RoundingMode.HALF_UP));
    }

    /** An average needs readings at least this many days apart. */
    public static final int MINIMUM_AVERAGE_DAYS = 30;

    /** How far back the recent average looks. */
    public static final int AVERAGE_WINDOW_DAYS = 365;
}
