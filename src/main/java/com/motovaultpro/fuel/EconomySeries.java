package com.motovaultpro.fuel;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

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

    /**
     * The average per calendar month (total distance / total fuel of the fill-ups dated in it),
     * oldest first; months without an economy are left out. One pass over the points.
     */
    public SortedMap<YearMonth, BigDecimal> perMonth() {
        SortedMap<YearMonth, BigDecimal[]> sums = new TreeMap<>();
        for (EconomyPoint point : points) {
            if (point.economy().isPresent()) {
                BigDecimal[] sum = sums.computeIfAbsent(YearMonth.from(point.date()),
                        m -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
                sum[0] = sum[0].add(point.countedDistance());
                sum[1] = sum[1].add(point.countedFuel());
            }
        }
        SortedMap<YearMonth, BigDecimal> months = new TreeMap<>();
        sums.forEach((month, sum) -> {
            if (sum[1].signum() > 0) {
                months.put(month, sum[0].divide(sum[1], FuelEconomyCalculator.PRECISION));
            }
        });
        return months;
    }

    public Optional<EconomyPoint> pointFor(long fillUpId) {
        return points.stream().filter(p -> p.fillUpId() == fillUpId).findFirst();
    }
}
