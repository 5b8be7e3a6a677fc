package com.motovaultpro.fuel;

import com.motovaultpro.platform.units.EconomyUnit;
import com.motovaultpro.vehicle.FuelType;
import com.motovaultpro.platform.units.DistanceUnit;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A vehicle's fuel economy as the API shows it: one series per fuel it runs on, each in one
 * display unit (null for engine-hour vehicles, whose figures stay in hours per unit of fuel), and
 * what fuel costs per distance unit (all fill-ups' cost / distance between the lowest and highest
 * reading; null without distance).
 */
public record EconomyReport(long vehicleId, List<Series> series, DistanceUnit costDistanceUnit,
                            BigDecimal fuelCostPerDistance) implements java.io.Serializable {

    /** One fuel: its unit, averages (all time and the last three months) and a point per fill-up. */
    public record Series(FuelType fuelType, EconomyUnit unit, BigDecimal average, BigDecimal averageLast3Months,
                         List<Point> points) implements java.io.Serializable {
    }

    /** Each fill-up's economy in its series' display unit, by record id (fill-ups without one are left out). */
    public Map<Long, BigDecimal> byRecord() {
        Map<Long, BigDecimal> byRecord = new HashMap<>();
        series.forEach(s -> s.points().forEach(p -> {
            if (p.economy() != null) {
                byRecord.put(p.recordId(), p.economy());
            }
        }));
        return byRecord;
    }

    /** One fill-up: the distance since the previous reading and its economy, if the rules give one. */
    public record Point(long recordId, LocalDate date, BigDecimal distance, BigDecimal economy) implements java.io.Serializable {
    }
}
