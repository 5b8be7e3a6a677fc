package com.motovaultpro.dashboard;

import com.motovaultpro.platform.units.CostPerDistance;
import com.motovaultpro.platform.units.DistanceUnit;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * Total cost of ownership: everything spent plus depreciation (purchase price minus the sold
 * price, or while still owned minus the owner's estimate of its current value; negative when it
 * gained value), per day owned and per distance driven. Without a purchase price, or without the
 * value at the end, depreciation is unknown and the total is the expenses alone.
 *
 * @param expenses        money spent on the vehicle (fuel, services, repairs, upgrades, taxes)
 * @param depreciation    empty when it cannot be known
 * @param total           expenses plus depreciation where known
 * @param daysOwned       from purchase (or the first record) to sale or today; at least 1; empty without a start
 * @param costPerDay      total per day owned, 2 decimals
 * @param costPerDistance total per unit of distance shown, {@link CostPerDistance#SCALE} decimals
 */
public record OwnershipCost(BigDecimal expenses, Optional<BigDecimal> depreciation, BigDecimal total,
                            Optional<Long> daysOwned, Optional<BigDecimal> costPerDay,
                            Optional<BigDecimal> costPerDistance) {

    /** What a vehicle's ownership is computed from. */
    public record Ownership(BigDecimal purchasePrice, LocalDate purchaseDate, BigDecimal soldPrice, LocalDate soldDate,
                            BigDecimal currentValue, Optional<LocalDate> firstRecord) {
    }

    /**
     * @param distance driven, in the vehicle's {@code odometer} unit
     * @param shown    the unit cost per distance is shown in (empty: the vehicle's)
     */
    public static OwnershipCost of(Ownership owned, BigDecimal expenses, BigDecimal distance, DistanceUnit odometer,
                                   Optional<DistanceUnit> shown, LocalDate today) {
        boolean sold = owned.soldDate() != null;
        Optional<BigDecimal> endValue = Optional.ofNullable(sold ? owned.soldPrice() : owned.currentValue());
        Optional<BigDecimal> depreciation = Optional.ofNullable(owned.purchasePrice())
                .flatMap(bought -> endValue.map(bought::subtract));
        BigDecimal total = expenses.add(depreciation.orElse(BigDecimal.ZERO));
        LocalDate end = sold ? owned.soldDate() : today;
        Optional<Long> days = Optional.ofNullable(owned.purchaseDate()).or(owned::firstRecord)
                .filter(start -> !start.isAfter(end))
                .map(start -> Math.max(1L, ChronoUnit.DAYS.between(start, end)));
        Optional<BigDecimal> perDay = days.map(d -> total.divide(BigDecimal.valueOf(d), 2, RoundingMode.HALF_UP));
        return new OwnershipCost(expenses, depreciation, total, days, perDay,
                CostPerDistance.of(total, distance, odometer, shown));
    }
}
