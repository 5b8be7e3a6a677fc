package com.motovaultpro.vehicle;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * The vehicle's current odometer: the highest reading across its fill-ups, services, repairs,
 * upgrades and odometer records, times the vehicle's multiplier plus its offset (for a replaced
 * instrument cluster). No reading yet: unknown.
 */
public final class CurrentOdometer {

    private CurrentOdometer() {
    }

    public static Optional<BigDecimal> of(Optional<BigDecimal> highestReading, BigDecimal multiplier, BigDecimal offset) {
        return highestReading.map(reading -> reading.multiply(multiplier).add(offset).setScale(2, RoundingMode.HALF_UP));
    }
}
