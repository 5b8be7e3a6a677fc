package com.motovaultpro.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CostBreakdownTest {

    /** Rows of "yyyy-MM TYPE cost" seen from every angle. */
    private static final CostBreakdown COSTS = breakdown(
            "2023-11 FUEL 60.00", "2023-11 TAX 120.00",
            "2024-01 FUEL 50.50", "2024-01 SERVICE 200.00", "2024-01 FUEL 10.00",
            "2024-03 REPAIR 99.99", "2024-03 UPGRADE 0.01");

    static Stream<Arguments> perMonth() {
        return Stream.of(
                Arguments.of(0, "2023-11", "60.00 0 0 0 120.00", "180.00"),
                Arguments.of(1, "2023-12", "0 0 0 0 0", "0"),
                Arguments.of(2, "2024-01", "60.50 200.00 0 0 0", "260.50"),
                Arguments.of(3, "2024-02", "0 0 0 0 0", "0"),
                Arguments.of(4, "2024-03", "0 0 99.99 0.01 0", "100.00"));
    }

    @ParameterizedTest
    @MethodSource("perMonth")
    void everyMonthBetweenTheFirstAndLastIsStackedByType(int index, String month, String byType, String total) {
        List<CostBreakdown.Row> months = COSTS.perMonth();
        assertEquals(5, months.size());
        CostBreakdown.Row row = months.get(index);
        assertEquals(month, row.period());
        assertEquals(byType, amounts(row.byType()));
        assertEquals(0, new BigDecimal(total).compareTo(row.total()));
    }

    static Stream<Arguments> byType() {
        return Stream.of(
                Arguments.of(Optional.empty(), "120.50 200.00 99.99 0.01 120.00", "540.50"),
                Arguments.of(Optional.of(2023), "60.00 0 0 0 120.00", "180.00"),
                Arguments.of(Optional.of(2024), "60.50 200.00 99.99 0.01 0", "360.50"),
                Arguments.of(Optional.of(2025), "0 0 0 0 0", "0"));
    }

    @ParameterizedTest
    @MethodSource("byType")
    void expensesByTypeForAYearOrAllTime(Optional<Integer> year, String byType, String total) {
        assertEquals(byType, amounts(COSTS.byType(year)));
        BigDecimal sum = year.map(COSTS::totalIn).orElseGet(COSTS::total);
        assertEquals(0, new BigDecimal(total).compareTo(sum));
    }

    @Test
    void costTableHasOneRowPerYearAndThePickerNewestFirst() {
        assertEquals("2023:60.00 0 0 0 120.00=180.00|2024:60.50 200.00 99.99 0.01 0=360.50",
                COSTS.perYear().stream().map(r -> r.period() + ":" + amounts(r.byType()) + "=" + r.total().toPlainString())
                        .collect(Collectors.joining("|")));
        assertEquals(List.of(2024, 2023), COSTS.years());
    }

    @Test
    void noExpensesIsEmptyEverywhere() {
        CostBreakdown none = breakdown();
        assertTrue(none.isEmpty());
        assertTrue(none.perMonth().isEmpty());
        assertTrue(none.perYear().isEmpty());
        assertEquals(0, BigDecimal.ZERO.compareTo(none.total()));
        assertEquals(List.of(), none.years());
    }

    private static String amounts(Map<ExpenseType, BigDecimal> byType) {
        return Stream.of(ExpenseType.values()).map(t -> byType.get(t).toPlainString()).collect(Collectors.joining(" "));
    }

    private static CostBreakdown breakdown(String... rows) {
        return new CostBreakdown(Stream.of(rows).map(r -> r.split(" "))
                .map(p -> new MonthlyCost(YearMonth.parse(p[0]), ExpenseType.valueOf(p[1]), new BigDecimal(p[2])))
                .toList());
    }
}
