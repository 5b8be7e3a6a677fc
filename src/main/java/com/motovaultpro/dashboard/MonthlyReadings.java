package com.motovaultpro.dashboard;

import java.math.BigDecimal;
import java.time.YearMonth;

/** The lowest and highest odometer recorded in one month (one row of the odometer aggregate). */
public record MonthlyReadings(YearMonth month, BigDecimal lowest, BigDecimal highest) {
}
