package com.motovaultpro.dashboard;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A vehicle's expenses, from the monthly sums per type the database computed (at most one row per
 * month and type, so this works on hundreds of rows, never on the records themselves): per month
 * stacked by type, per year and type, per type for a year or all time.
 */
public final class CostBreakdown {

    /** One month (or year): the amount of each type, every type present (zero when nothing was spent). */
    public record Row(String period, Map<ExpenseType, BigDecimal> byType, BigDecimal total) {
    }

    private final TreeMap<YearMonth, Map<ExpenseType, BigDecimal>> months = new TreeMap<>();

    public CostBreakdown(List<MonthlyCost> rows) {
        rows.forEach(r -> months.computeIfAbsent(r.month(), m -> zeros())
                .merge(r.type(), r.cost() == null ? BigDecimal.ZERO : r.cost(), BigDecimal::add));
    }

    /** Every month from the first to the last with an expense (months between at zero), oldest first. */
    public List<Row> perMonth() {
        List<Row> rows = new ArrayList<>();
        if (months.isEmpty()) {
            return rows;
        }
        for (YearMonth m = months.firstKey(); !m.isAfter(months.lastKey()); m = m.plusMonths(1)) {
            rows.add(row(m.toString(), months.getOrDefault(m, zeros())));
        }
        return rows;
    }

    /** One row per year with expenses, oldest first. */
    public List<Row> perYear() {
        TreeMap<Integer, Map<ExpenseType, BigDecimal>> years = new TreeMap<>();
        months.forEach((m, byType) -> add(years.computeIfAbsent(m.getYear(), y -> zeros()), byType));
        return years.entrySet().stream().map(e -> row(e.getKey().toString(), e.getValue())).toList();
    }

    /** The amount per type in {@code year}, or over all time when empty. */
    public Map<ExpenseType, BigDecimal> byType(Optional<Integer> year) {
        Map<ExpenseType, BigDecimal> sum = zeros();
        months.forEach((m, byType) -> {
            if (year.isEmpty() || year.get() == m.getYear()) {
                add(sum, byType);
            }
        });
        return Collections.unmodifiableMap(sum);
    }

    /** Everything spent in {@code year}. */
    public BigDecimal totalIn(int year) {
        return sum(byType(Optional.of(year)));
    }

    /** Everything spent. */
    public BigDecimal total() {
        return sum(byType(Optional.empty()));
    }

    /** The years with expenses, newest first (for a year picker). */
    public List<Integer> years() {
        return months.descendingKeySet().stream().map(YearMonth::getYear).distinct().toList();
    }

    public boolean isEmpty() {
        return months.isEmpty();
    }

    private static Row row(String period, Map<ExpenseType, BigDecimal> byType) {
        return new Row(period, Collections.unmodifiableMap(new EnumMap<>(byType)), sum(byType));
    }

    private static void add(Map<ExpenseType, BigDecimal> into, Map<ExpenseType, BigDecimal> amounts) {
        amounts.forEach((type, amount) -> into.merge(type, amount, BigDecimal::add));
    }

    private static BigDecimal sum(Map<ExpenseType, BigDecimal> byType) {
        return byType.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static Map<ExpenseType, BigDecimal> zeros() {
        Map<ExpenseType, BigDecimal> zeros = new EnumMap<>(ExpenseType.class);
        for (ExpenseType type : ExpenseType.values()) {
            zeros.put(type, BigDecimal.ZERO);
        }
        return zeros;
    }
}
