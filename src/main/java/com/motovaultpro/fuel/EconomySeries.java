package com.motovaultpro.fuel;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The economy of one fuel chain: a point per fill-up (in date order) and averages. */
public record EconomySeries(List<EconomyPoint> points) {

    public EconomySeries {
        points = List.copyOf(points);
    }

    /** Total distance / total fuel over the fill-ups that got an economy (and the partials folded into them). */
    public Optional<BigDecimal> average() {
        return averageBetween(LocalDate.MIN, LocalDate.MAX);
    }

    /** As {@link #average()}, for the fill-ups dated within [from, to]. */
    public Optional<BigDecimal> averageBetween(LocalDate from, LocalDate to) {
        BigDecimal distance = BigDecimal.ZERO;
        BigDecimal fuel = BigDecimal.ZERO;
        for (EconomyPoint point : points) {
            if (point.economy().isPresent() && !point.date().isBefore(from) && !point.date().isAfter(to)) {
                distance = distance.add(point.countedDistance());
                fuel = fuel.add(point.countedFuel());
            }
        }
        return fuel.signum() > 0 ? Optional.of(distance.divide(fuel, FuelEconomyCalculator.PRECISION))
                : Optional.empty();
    }

    public Optional<EconomyPoint> pointFor(long fillUpId) {
        return points.stream().filter(p -> p.fillUpId() == fillUpId).findFirst();
    }
}
