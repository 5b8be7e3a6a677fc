package com.motovaultpro.dashboard;

import java.math.BigDecimal;
import java.time.YearMonth;

/** What was spent on one type of expense in one month (one row of the cost aggregate). */
public record MonthlyCost(YearMonth month, ExpenseType type, BigDecimal cost) {
}
