package com.motovaultpro.dashboard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Distance driven per month from each month's lowest and highest odometer reading. A month's
 * distance is its highest reading minus the highest reading before it (the first month: its
 * highest minus its lowest), so a trip spanning two months counts once. Months without readings
 * count zero and what was driven in them lands in the next month with a reading. A reading lower
 * than an earlier one (a corrected or replaced odometer) never makes a month negative.
 */
public final class DistancePerMonth {

    /** One month and the distance driven in it, in the vehicle's odometer unit. */
    public record Month(YearMonth month, BigDecimal distance) {
    }

    private final TreeMap<YearMonth, MonthlyReadings> readings = new TreeMap<>();

    public DistancePerMonth(List<MonthlyReadings> months) {
        months.forEach(m -> readings.merge(m.month(), m, (a, b) -> new MonthlyReadings(a.month(),
                a.lowest().min(b.lowest()), a.highest().max(b.highest()))));
    }

    /** Every month from the first reading to the last, oldest first. */
    public List<Month> months() {
        List<Month> result = new ArrayList<>();
        if (readings.isEmpty()) {
            return result;
        }
        BigDecimal before = null;
        for (YearMonth m = readings.firstKey(); !m.isAfter(readings.lastKey()); m = m.plusMonths(1)) {
            MonthlyReadings r = readings.get(m);
            if (r == null) {
                result.add(new Month(m, BigDecimal.ZERO));
                continue;
            }
            BigDecimal from = before == null ? r.lowest() : before;
            result.add(new Month(m, r.highest().subtract(from).max(BigDecimal.ZERO)));
            before = before == null ? r.highest() : before.max(r.highest());
        }
        return result;
    }

    /** Highest reading minus lowest reading ever recorded (zero without readings). */
    public BigDecimal total() {
        return readings.values().stream().map(MonthlyReadings::highest).reduce(BigDecimal::max)
                .map(high -> high.subtract(readings.values().stream().map(MonthlyReadings::lowest)
                        .reduce(BigDecimal::min).orElseThrow()))
                .orElse(BigDecimal.ZERO);
    }

    /**
     * The average distance per day from the first day of the month {@code months - 1} months
     * before {@code today}'s up to {@code today} (for projecting the odometer forward); empty
     * without readings in that window.
     */
    public Optional<BigDecimal> dailyAverage(LocalDate today, int months) {
        YearMonth until = YearMonth.from(today);
        YearMonth from = until.minusMonths(months - 1L);
        if (readings.subMap(from, true, until, true).isEmpty()) {
            return Optional.empty();
        }
        BigDecimal driven = months().stream().filter(m -> !m.month().isBefore(from) && !m.month().isAfter(until))
                .map(Month::distance).reduce(BigDecimal.ZERO, BigDecimal::add);
        long days = ChronoUnit.DAYS.between(from.atDay(1), today) + 1;
        return Optional.of(driven.divide(BigDecimal.valueOf(days), 4, RoundingMode.HALF_UP));
    }
}
