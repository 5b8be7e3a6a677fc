package com.motovaultpro.logbook;

import com.motovaultpro.vehicle.FuelType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What validating a record needs to know beyond the record itself: the vehicle's fuels, and the
 * highest odometer reading recorded before the record's date (with its date).
 */
public record RecordContext(List<FuelType> vehicleFuels, Optional<EarlierReading> highestEarlierReading) {

    /** The highest odometer reading dated before the record being validated. */
    public record EarlierReading(BigDecimal odometer, LocalDate date) {
    }
}
