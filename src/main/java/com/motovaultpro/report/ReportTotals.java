package com.motovaultpro.report;

import com.motovaultpro.dashboard.ExpenseType;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/** What a report's lines add up to: how many, and the expenses per type (supplies and plans are not expenses). */
public final class ReportTotals {

    private long records;
    private final Map<ExpenseType, BigDecimal> expenses = new EnumMap<>(ExpenseType.class);

    /** Counts one line (called as the lines stream past, so no line is kept). */
    public void add(ReportLine line) {
        records++;
        if (line.cost() != null && ExpenseType.RECORD_TYPES.contains(line.type())) {
            expenses.merge(ExpenseType.valueOf(line.type()), line.cost(), BigDecimal::add);
        }
    }

    public long records() {
        return records;
    }

    public Map<ExpenseType, BigDecimal> expenses() {
        return Collections.unmodifiableMap(expenses);
    }

    public BigDecimal total() {
        return expenses.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
