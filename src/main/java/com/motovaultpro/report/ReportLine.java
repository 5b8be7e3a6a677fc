package com.motovaultpro.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One record in a history report.
 *
 * @param type    record type (FUEL, SERVICE, …)
 * @param summary  description or title where the type has one
 * @param quantity fuel bought or charged (fill-ups), in the vehicle's unit
 */
public record ReportLine(long id, String type, LocalDate date, String summary, BigDecimal odometer, BigDecimal cost,
                         BigDecimal quantity, List<String> tags, String notes) {
}
