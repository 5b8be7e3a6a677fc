package com.motovaultpro.platform.units;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * What driving costs per distance: total cost / distance covered (never distance per money, a
 * known bug of another tool), converted from the vehicle's odometer unit to the one shown. Kept
 * to four decimals, so cents per kilometre survive; engine hours convert to nothing else.
 */
public final class CostPerDistance {

    public static final int SCALE = 4;

    private CostPerDistance() {
    }

    /**
     * @param cost     total cost
     * @param distance distance covered, in {@code odometer} units
     * @param odometer the unit the vehicle counts in
     * @param shown    the unit to show (empty: the vehicle's)
     * @return cost per one {@code shown} unit; empty without distance or when units cannot convert
     */
    public static Optional<BigDecimal> of(BigDecimal cost, BigDecimal distance, DistanceUnit odometer,
                                          Optional<DistanceUnit> shown) {
        if (cost == null || distance == null || distance.signum() <= 0) {
            return Optional.empty();
        }
        DistanceUnit target = shown.orElse(odometer);
        if (target != odometer && !(target.isDistance() && odometer.isDistance())) {
            return Optional.empty();
        }
        BigDecimal perUnit = cost.divide(distance, MathContext.DECIMAL128);
        if (target != odometer) {
            // per mile → per km: divide by km in a mile; per km → per mile: multiply.
            perUnit = perUnit.multiply(target.kilometres()).divide(odometer.kilometres(), MathContext.DECIMAL128);
        }
        return Optional.of(perUnit.setScale(SCALE, RoundingMode.HALF_EVEN));
    }
}
