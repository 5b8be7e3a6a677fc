package com.motovaultpro.fuel;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The result for one fill-up: the distance since the previous recorded odometer and, when the
 * rules give one, the economy (distance per unit of fuel, in the vehicle's own units) together
 * with the distance and fuel it was computed from (incl. folded partial fills).
 */
public record EconomyPoint(long fillUpId, LocalDate date, BigDecimal distance, Optional<BigDecimal> economy,
                           BigDecimal countedDistance, BigDecimal countedFuel) {

    static EconomyPoint without(FillUp fillUp, BigDecimal distance) {
        return new EconomyPoint(fillUp.id(), fillUp.date(), distance, Optional.empty(), BigDecimal.ZERO, BigDecimal.ZERO);
    }
}
