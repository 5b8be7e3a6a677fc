package com.motovaultpro.fuel;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Fuel economy by LubeLogger's rules (SPEC.md "Fuel economy"). Fill-ups are taken in date order,
 * then odometer order. The first one with a recorded odometer (and any before it) is the
 * baseline. For each later one, distance = its odometer − the previous recorded odometer (never
 * negative); then:
 * <ul>
 * <li>missed previous fill-up: no economy, and partial fills accumulated so far are discarded;</li>
 * <li>full tank with an odometer, fuel &gt; 0 and distance &gt; 0: economy =
 *     (accumulated distance + distance) / (accumulated fuel + fuel), then the accumulator is cleared;</li>
 * <li>otherwise (partial fill, no odometer, zero fuel or distance): fuel and distance are
 *     accumulated until the next full fill.</li>
 * </ul>
 * A dual-fuel vehicle's fill-ups form one chain per fuel kind.
 */
public final class FuelEconomyCalculator {

    static final MathContext PRECISION = MathContext.DECIMAL64;
    private static final Comparator<FillUp> CHRONOLOGICAL = Comparator.comparing(FillUp::date)
            .thenComparing(f -> f.odometer() == null ? BigDecimal.ZERO : f.odometer())
            .thenComparingLong(FillUp::id);

    private FuelEconomyCalculator() {
    }

    /** One chain: all fill-ups belong to the same fuel. */
    public static EconomySeries series(List<FillUp> fillUps) {
        List<FillUp> ordered = new ArrayList<>(fillUps);
        ordered.sort(CHRONOLOGICAL);
        List<EconomyPoint> points = new ArrayList<>(ordered.size());
        BigDecimal previousOdometer = null;
        BigDecimal accumulatedDistance = BigDecimal.ZERO;
        BigDecimal accumulatedFuel = BigDecimal.ZERO;
        for (FillUp fillUp : ordered) {
            if (previousOdometer == null) {
                // Up to the first recorded odometer a fill-up only sets the baseline: there is no
                // distance yet to charge its fuel against.
                points.add(EconomyPoint.without(fillUp, BigDecimal.ZERO));
                previousOdometer = fillUp.hasOdometer() ? fillUp.odometer() : null;
                continue;
            }
            BigDecimal distance = BigDecimal.ZERO;
            if (fillUp.hasOdometer()) {
                distance = fillUp.odometer().subtract(previousOdometer).max(BigDecimal.ZERO);
                previousOdometer = fillUp.odometer();
            }
            if (fillUp.missedPrevious()) {
                accumulatedDistance = BigDecimal.ZERO;
                accumulatedFuel = BigDecimal.ZERO;
                points.add(EconomyPoint.without(fillUp, distance));
            } else if (fillUp.fullTank() && fillUp.hasOdometer() && fillUp.quantity().signum() > 0
                    && distance.signum() > 0) {
                BigDecimal totalDistance = accumulatedDistance.add(distance);
                BigDecimal totalFuel = accumulatedFuel.add(fillUp.quantity());
                points.add(new EconomyPoint(fillUp.id(), fillUp.date(), distance,
                        Optional.of(totalDistance.divide(totalFuel, PRECISION)), totalDistance, totalFuel));
                accumulatedDistance = BigDecimal.ZERO;
                accumulatedFuel = BigDecimal.ZERO;
            } else {
                accumulatedDistance = accumulatedDistance.add(distance);
                accumulatedFuel = accumulatedFuel.add(fillUp.quantity());
                points.add(EconomyPoint.without(fillUp, distance));
            }
        }
        return new EconomySeries(points);
    }

    /** One series per fuel kind (in order of first appearance); a single-fuel vehicle has one. */
    public static Map<String, EconomySeries> seriesPerFuel(List<FillUp> fillUps) {
        Map<String, List<FillUp>> chains = new LinkedHashMap<>();
        fillUps.stream().sorted(CHRONOLOGICAL)
                .forEach(f -> chains.computeIfAbsent(f.fuelKind() == null ? "" : f.fuelKind(), k -> new ArrayList<>()).add(f));
        Map<String, EconomySeries> result = new LinkedHashMap<>();
        chains.forEach((kind, chain) -> result.put(kind, series(chain)));
        return result;
    }
}
