package com.motovaultpro.dashboard.web;

import com.motovaultpro.account.web.FormatView;
import com.motovaultpro.dashboard.ChartSeries;
import com.motovaultpro.dashboard.DashboardService;
import com.motovaultpro.dashboard.ExpenseType;
import com.motovaultpro.platform.web.FacesMessages;
import com.motovaultpro.platform.web.ViewModel;
import com.motovaultpro.vehicle.web.VehicleView;
import com.motovaultpro.platform.web.RequestMemo;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The charts tab of the vehicle page: five charts, each with its data as a table (for screen
 * readers and for reading exact figures) and a message instead when there is nothing to draw.
 */
@ViewModel
public class ChartsView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** "all" or a year, for expenses by type. */
    private String year = "all";

    @Inject
    VehicleView vehicleView;

    @Inject
    DashboardService dashboards;

    @Inject
    FormatView format;

    @Inject
    RequestMemo memo;

    private transient List<Integer> years;

    public List<String> getNames() {
        return DashboardService.CHARTS;
    }

    public ChartSeries series(String name) {
        Map<String, ChartSeries> charts = memo.get(this, "charts", () -> {
            Map<String, ChartSeries> byName = new LinkedHashMap<>();
            dashboards.charts(vehicleView.getVehicleId(), selectedYear()).forEach(c -> byName.put(c.chart(), c));
            return byName;
        });
        return charts.get(name);
    }

    /** One row of a chart's table: a category and each series' value there. */
    public record Row(String label, List<BigDecimal> values) {
    }

    /** False when the chart has nothing to draw (its panel says so instead). */
    public boolean hasData(String name) {
        return !series(name).isEmpty();
    }

    /** The chart's figures with a row per category and a column per series. */
    public List<Row> rows(String name) {
        ChartSeries chart = series(name);
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < chart.labels().size(); i++) {
            int at = i;
            rows.add(new Row(label(name, chart.labels().get(i)),
                    chart.series().stream().map(s -> s.values().get(at)).toList()));
        }
        return rows;
    }

    /** The Chart.js configuration of one chart, labels in the viewer's language. */
    public String config(String name) {
        ChartJs.Style style = switch (name) {
            case "cost-per-month", "reminders-by-urgency" -> ChartJs.Style.STACKED_BAR;
            case "expenses-by-type" -> ChartJs.Style.PIE;
            case "economy" -> ChartJs.Style.LINE;
            default -> ChartJs.Style.BAR;
        };
        return ChartJs.config(series(name), style, title(name), label -> label(name, label), key -> seriesName(name, key));
    }

    public String title(String name) {
        return FacesMessages.text("chart." + name);
    }

    /** A category label as shown: a month, an expense type, or how many days ahead. */
    public String label(String name, String label) {
        return switch (name) {
            case "cost-per-month", "economy", "distance-per-month" -> YearMonth.parse(label)
                    .format(DateTimeFormatter.ofPattern("MMM yyyy", format.getLocale()));
            case "expenses-by-type" -> FacesMessages.text("logbook.tab." + ExpenseType.valueOf(label).tab());
            case "reminders-by-urgency" -> "0".equals(label) ? FacesMessages.text("chart.horizon.now")
                    : FacesMessages.text("chart.horizon.days", Integer.parseInt(label));
            default -> label;
        };
    }

    /** A series' name as shown, with its unit where it has one. */
    public String seriesName(String name, String key) {
        ChartSeries.Series series = series(name).series().stream().filter(s -> s.key().equals(key)).findFirst()
                .orElseThrow();
        String text = switch (name) {
            case "cost-per-month" -> FacesMessages.text("logbook.tab." + ExpenseType.valueOf(key).tab());
            case "expenses-by-type" -> "all".equals(key) ? FacesMessages.text("chart.allTime") : key;
            case "economy" -> FacesMessages.text("fuelType." + key);
            case "distance-per-month" -> FacesMessages.text("chart.distance");
            case "reminders-by-urgency" -> FacesMessages.text("urgency." + key);
            default -> key;
        };
        String unit = unit(name, series.unit());
        return unit == null ? text : text + " (" + unit + ")";
    }

    private String unit(String name, String unit) {
        if (unit == null) {
            return null;
        }
        return switch (name) {
            case "economy" -> FacesMessages.text("economyUnit." + unit);
            case "distance-per-month" -> FacesMessages.text("odometerUnit.short." + unit);
            default -> unit;
        };
    }

    /** The years the cost chart spans, newest first (no extra query: they come with the charts). */
    public List<Integer> getYears() {
        if (years == null) {
            years = series("cost-per-month").labels().stream().map(m -> YearMonth.parse(m).getYear()).distinct()
                    .sorted(java.util.Comparator.reverseOrder()).toList();
        }
        return years;
    }

    /** After the year picker changed: draw again. */
    public void yearChanged() {
        memo.forget(this, "charts");
    }

    private Optional<Integer> selectedYear() {
        return year == null || "all".equals(year) ? Optional.empty() : Optional.of(Integer.parseInt(year));
    }

    public String getYear() {
        return year;
    }

    /** Only "all" or one of the years offered; anything else keeps all time. */
    public void setYear(String year) {
        this.year = year != null && getYears().stream().map(String::valueOf).anyMatch(year::equals) ? year : "all";
    }
}
