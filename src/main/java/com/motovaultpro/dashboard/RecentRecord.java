package com.motovaultpro.dashboard;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One of a vehicle's latest records as the dashboard lists it.
 *
 * @param type    the record type (FUEL, SERVICE, …), also the logbook tab it opens in (lower case)
 * @param summary description or title where the type has one
 */
public record RecentRecord(long id, String type, LocalDate date, String summary, BigDecimal cost,
                           BigDecimal odometer) implements java.io.Serializable {
}
