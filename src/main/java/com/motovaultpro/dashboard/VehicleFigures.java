package com.motovaultpro.dashboard;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The aggregates every dashboard view and chart of one vehicle is drawn from, computed by the
 * database (a few hundred rows at most, whatever the number of records).
 *
 * @param costs       expenses per month and type
 * @param distance    odometer per month
 * @param firstRecord the date of the vehicle's earliest record (ownership starts there without a purchase date)
 */
public record VehicleFigures(CostBreakdown costs, DistancePerMonth distance, Optional<LocalDate> firstRecord,
                             Optional<BigDecimal> highestReading) {
}
