package com.motovaultpro.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.motovaultpro.platform.units.DistanceUnit;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class OwnershipCostTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 21);

    /**
     * purchase price, purchase date, sold price, sold date, current value, first record, expenses,
     * distance (km), shown unit → depreciation, total, days owned, cost per day, cost per distance
     * ("-" = unknown).
     */
    static Stream<Arguments> cases() {
        return Stream.of(
                // still owned, estimate given: 20000 − 15000 = 5000 depreciation; 365 days
                row("20000", "2025-11-21", null, null, "15000", null, "3000", "10000", null,
                        "5000", "8000", "365", "21.92", "0.8000"),
                // sold: the sold price, not the estimate, ends ownership; 2024-01-01 → 2024-12-31 = 365 days (leap year)
                row("30000", "2024-01-01", "21000", "2024-12-31", "99999", null, "4000", "20000", null,
                        "9000", "13000", "365", "35.62", "0.6500"),
                // no purchase price: depreciation unknown, total = expenses
                row(null, "2025-11-21", null, null, "15000", null, "3000", "10000", null,
                        "-", "3000", "365", "8.22", "0.3000"),
                // owned, no estimate of the current value: depreciation unknown
                row("20000", "2025-11-21", null, null, null, null, "3000", "10000", null,
                        "-", "3000", "365", "8.22", "0.3000"),
                // sold without a price: depreciation unknown
                row("20000", "2025-01-01", null, "2025-07-01", "5000", null, "1810", "1000", null,
                        "-", "1810", "181", "10.00", "1.8100"),
                // a classic that gained value: negative depreciation lowers the total
                row("10000", "2020-11-21", null, null, "14000", null, "6000", "3000", null,
                        "-4000", "2000", "2191", "0.91", "0.6667"),
                // no purchase date: days count from the first record
                row(null, null, null, null, null, "2026-10-22", "300", "1500", null,
                        "-", "300", "30", "10.00", "0.2000"),
                // no purchase date and no records: no days, no cost per day
                row(null, null, null, null, null, null, "0", "0", null,
                        "-", "0", "-", "-", "-"),
                // bought today: one day, never a division by zero
                row("500", "2026-11-21", null, null, "500", null, "25", "0", null,
                        "0", "25", "1", "25.00", "-"),
                // purchase date after today (typed ahead): no days
                row("500", "2026-12-24", null, null, "500", null, "25", "10", null,
                        "0", "25", "-", "-", "2.5000"),
                // cost per mile from kilometres: 8000 per 16093.44 km = 8000 per 10000 mi
                row("20000", "2025-11-21", null, null, "15000", null, "3000", "16093.44", DistanceUnit.MILES,
                        "5000", "8000", "365", "21.92", "0.8000"),
                // no distance driven: no cost per distance
                row("20000", "2025-11-21", null, null, "15000", null, "3000", "0", null,
                        "5000", "8000", "365", "21.92", "-"),
                // sold at exactly the purchase price: zero depreciation, not unknown
                row("8000", "2026-01-01", "8000", "2026-03-02", null, null, "590", "590", null,
                        "0", "590", "60", "9.83", "1.0000"));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void totalCostOfOwnership(BigDecimal purchase, LocalDate bought, BigDecimal soldPrice, LocalDate sold,
                              BigDecimal currentValue, LocalDate firstRecord, BigDecimal expenses, BigDecimal distance,
                              DistanceUnit shown, String depreciation, String total, String days, String perDay,
                              String perDistance) {
        OwnershipCost cost = OwnershipCost.of(
                new OwnershipCost.Ownership(purchase, bought, soldPrice, sold, currentValue, Optional.ofNullable(firstRecord)),
                expenses, distance, DistanceUnit.KILOMETERS, Optional.ofNullable(shown), TODAY);
        assertEquals(depreciation, cost.depreciation().map(d -> d.stripTrailingZeros().toPlainString()).orElse("-"),
                "depreciation");
        assertEquals(0, new BigDecimal(total).compareTo(cost.total()), "total " + cost.total());
        assertEquals(days, cost.daysOwned().map(String::valueOf).orElse("-"), "days owned");
        assertEquals(perDay, cost.costPerDay().map(BigDecimal::toPlainString).orElse("-"), "per day");
        assertEquals(perDistance, cost.costPerDistance().map(BigDecimal::toPlainString).orElse("-"), "per distance");
    }

    private static Arguments row(String purchase, String bought, String soldPrice, String sold, String currentValue,
                                 String firstRecord, String expenses, String distance, DistanceUnit shown,
                                 String depreciation, String total, String days, String perDay, String perDistance) {
        return Arguments.of(decimal(purchase), date(bought), decimal(soldPrice), date(sold), decimal(currentValue),
                date(firstRecord), decimal(expenses), decimal(distance), shown, depreciation, total, days, perDay,
                perDistance);
    }

    private static BigDecimal decimal(String value) {
        return value == null ? null : new BigDecimal(value);
    }

    private static LocalDate date(String value) {
        return value == null ? null : LocalDate.parse(value);
    }
}
