package com.motovaultpro.dashboard;

import java.math.BigDecimal;
import java.util.List;

/**
 * One chart's data, as the API returns it and the page draws it (and lists it as a table):
 * category labels and one or more series with a value per label (null: no value there).
 *
 * @param chart  the chart's name, e.g. "cost-per-month"
 * @param labels months ("2024-01"), expense types, or days ahead
 */
public record ChartSeries(String chart, List<String> labels, List<Series> series) implements java.io.Serializable {

    /**
     * @param key  what the series is: an expense type, a fuel type, an urgency, or "distance"
     * @param unit the unit of its values (a currency code, an economy or distance unit)
     */
    public record Series(String key, String unit, List<BigDecimal> values) implements java.io.Serializable {
    }

    /** True when there is nothing to draw (no labels, or only empty or zero values). */
    public boolean isEmpty() {
        return series.stream().flatMap(s -> s.values().stream())
                .noneMatch(v -> v != null && v.signum() != 0);
    }
}
