package com.motovaultpro.dashboard;

import com.motovaultpro.platform.units.DistanceUnit;
import com.motovaultpro.platform.units.EconomyUnit;
import com.motovaultpro.reminder.Urgency;
import com.motovaultpro.vehicle.FuelType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A vehicle at a glance, as the API returns it and the dashboard page shows it. Distances are in
 * the vehicle's odometer unit; cost per distance in {@code ownership.distanceUnit}.
 *
 * @param currentOdometer null before anything was recorded
 * @param totalDistance   highest minus lowest odometer reading
 */
public record Dashboard(long vehicleId, DistanceUnit odometerUnit, BigDecimal currentOdometer,
                        BigDecimal totalDistance, BigDecimal costThisYear, BigDecimal totalCost,
                        List<RecentRecord> recentRecords, List<UpcomingReminder> upcomingReminders,
                        List<EconomyAverage> economy, Ownership ownership, List<CostYear> costTable) implements java.io.Serializable {

    /** An open reminder, most urgent first. */
    public record UpcomingReminder(long id, String description, LocalDate dueDate, BigDecimal dueOdometer,
                                   Urgency urgency) implements java.io.Serializable {
    }

    /** One fuel's economy: the last three months and all time (null when the records give none). */
    public record EconomyAverage(FuelType fuelType, EconomyUnit unit, BigDecimal last3Months, BigDecimal allTime) implements java.io.Serializable {
    }

    /**
     * Total cost of ownership (see {@link OwnershipCost}); null figures are unknown.
     *
     * @param endValue the sold price, or while owned the estimated current value
     */
    public record Ownership(BigDecimal purchasePrice, BigDecimal endValue, boolean sold, BigDecimal expenses,
                            BigDecimal depreciation, BigDecimal total, Long daysOwned, BigDecimal costPerDay,
                            BigDecimal costPerDistance, DistanceUnit distanceUnit) implements java.io.Serializable {
    }

    /** One year of the cost table: the amount per expense type (every type present) and the total. */
    public record CostYear(int year, Map<String, BigDecimal> byType, BigDecimal total) implements java.io.Serializable {
    }
}
