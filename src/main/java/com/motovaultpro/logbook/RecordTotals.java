package com.motovaultpro.logbook;

import java.math.BigDecimal;

/** Sums over the records a list shows (all pages): how many, what they cost, distance and fuel. */
public record RecordTotals(long count, BigDecimal cost, BigDecimal distance, BigDecimal quantity) {
}
