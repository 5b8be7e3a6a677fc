package com.motovaultpro.platform.units;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * How a user wants to read fuel economy. Conversions go through km per litre (or km per kWh)
 * with exact factors; rounding happens only for display ({@link #round}).
 */
public enum EconomyUnit {
    MPG_US(false, false),
    MPG_UK(false, false),
    LITRES_PER_100_KM(false, true),
    KM_PER_LITRE(false, false),
    MILES_PER_KWH(true, false),
    KWH_PER_100_KM(true, true);

    private static final MathContext PRECISION = MathContext.DECIMAL64;
    private static final BigDecimal HUNDRED = new BigDecimal("100");

    private final boolean electric;
    private final boolean consumption;

    EconomyUnit(boolean electric, boolean consumption) {
        this.electric = electric;
        this.consumption = consumption;
    }

    public boolean isElectric() {
        return electric;
    }

    /** Lower is better (fuel per distance) rather than higher (distance per fuel). */
    public boolean isConsumption() {
        return consumption;
    }

    /**
     * Converts an economy measured as {@code distanceUnit} per {@code volumeUnit} into this unit.
     * Fuel and energy units do not mix: a liquid economy cannot be shown as mi/kWh.
     */
    public BigDecimal convert(BigDecimal economy, DistanceUnit distanceUnit, VolumeUnit volumeUnit) {
        if (volumeUnit.isElectric() != electric) {
            throw new IllegalArgumentException(this + " does not apply to economy measured per " + volumeUnit);
        }
        BigDecimal kmPerUnit = economy.multiply(distanceUnit.kilometres());
        BigDecimal kmPer = electric ? kmPerUnit : kmPerUnit.divide(volumeUnit.litres(), PRECISION);
        if (kmPer.signum() == 0) {
            throw new ArithmeticException("No economy to convert: zero distance per fuel");
        }
        return switch (this) {
            case KM_PER_LITRE -> kmPer;
            case LITRES_PER_100_KM, KWH_PER_100_KM -> HUNDRED.divide(kmPer, PRECISION);
            case MPG_US -> kmPer.multiply(VolumeUnit.US_GALLONS.litres()).divide(DistanceUnit.MILES.kilometres(), PRECISION);
            case MPG_UK -> kmPer.multiply(VolumeUnit.IMPERIAL_GALLONS.litres()).divide(DistanceUnit.MILES.kilometres(), PRECISION);
            case MILES_PER_KWH -> kmPer.divide(DistanceUnit.MILES.kilometres(), PRECISION);
        };
    }

    /** What a vehicle counted in {@code distance} per {@code volume} shows by default (engine hours: none). */
    public static java.util.Optional<EconomyUnit> defaultFor(DistanceUnit distance, VolumeUnit volume) {
        if (!distance.isDistance()) {
            return java.util.Optional.empty();
        }
        if (volume.isElectric()) {
            return java.util.Optional.of(distance == DistanceUnit.MILES ? MILES_PER_KWH : KWH_PER_100_KM);
        }
        if (distance == DistanceUnit.MILES) {
            return java.util.Optional.of(volume == VolumeUnit.IMPERIAL_GALLONS ? MPG_UK : MPG_US);
        }
        return java.util.Optional.of(LITRES_PER_100_KM);
    }

    /** The value as shown: two decimals, half-up. */
    public static BigDecimal round(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP);
    }
}
