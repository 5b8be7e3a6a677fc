package com.motovaultpro.logbook;

import com.motovaultpro.platform.units.DistanceUnit;
import com.motovaultpro.vehicle.FuelType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What validating a record needs to know beyond the record itself: the vehicle's fuels, the
 * highest odometer reading recorded before the record's date (with its date), and what
 * questioning an implausibly high reading needs (empty where readings are not questioned: an
 * import brings history as it was recorded elsewhere).
 */
public record RecordContext(List<FuelType> vehicleFuels, Optional<EarlierReading> highestEarlierReading,
        Optional<DailyDistance> dailyDistance) {

    /** A context in which high readings are not questioned. */
    public RecordContext(List<FuelType> vehicleFuels, Optional<EarlierReading> highestEarlierReading) {
        this(vehicleFuels, highestEarlierReading, Optional.empty());
    }

    /** The highest odometer reading dated before the record being validated. */
    public record EarlierReading(BigDecimal odometer, LocalDate date) {
    }

    /** The vehicle's odometer unit and its average per day over its recent readings, if known. */
    public record DailyDistance(DistanceUnit unit, Optional<BigDecimal> recentAverage) {
    }
}
