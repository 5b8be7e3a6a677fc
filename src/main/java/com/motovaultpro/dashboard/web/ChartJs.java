package com.motovaultpro.dashboard.web;

import com.motovaultpro.dashboard.ChartSeries;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Turns a chart's series into the Chart.js configuration PrimeFaces' {@code p:chart} draws, with
 * the labels already in the viewer's language. The JSON goes into an inline script, so "<" is
 * escaped and no label can end it.
 */
public final class ChartJs {

    /** How a chart is drawn. */
    public enum Style {
        STACKED_BAR,
        BAR,
        PIE,
        LINE
    }

    /** Fixed colours per series key (expense type, fuel, urgency), so a type keeps its colour everywhere. */
    private static final Map<String, String> COLOURS = Map.ofEntries(
            Map.entry("FUEL", "#1e88e5"), Map.entry("SERVICE", "#43a047"), Map.entry("REPAIR", "#e53935"),
            Map.entry("UPGRADE", "#8e24aa"), Map.entry("TAX", "#fb8c00"),
            Map.entry("PAST_DUE", "#c62828"), Map.entry("VERY_URGENT", "#ef6c00"), Map.entry("URGENT", "#f9a825"),
            Map.entry("NOT_URGENT", "#2e7d32"),
            Map.entry("GASOLINE", "#1e88e5"), Map.entry("DIESEL", "#5d4037"), Map.entry("ELECTRIC", "#00897b"),
            Map.entry("LPG", "#6d4c41"), Map.entry("CNG", "#546e7a"), Map.entry("HYBRID", "#7cb342"));
    private static final String DEFAULT_COLOUR = "#1e88e5";

    private ChartJs() {
    }

    /**
     * @param labels     the text of each category label (a month, a type, days ahead)
     * @param seriesName the text of each series key
     */
    public static String config(ChartSeries chart, Style style, String title, UnaryOperator<String> labels,
                                UnaryOperator<String> seriesName) {
        JsonArrayBuilder categories = Json.createArrayBuilder();
        chart.labels().forEach(l -> categories.add(labels.apply(l)));
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        for (ChartSeries.Series series : chart.series()) {
            JsonArrayBuilder data = Json.createArrayBuilder();
            series.values().forEach(v -> {
                if (v == null) {
                    data.addNull();
                } else {
                    data.add(v);
                }
            });
            JsonObjectBuilder dataset = Json.createObjectBuilder().add("label", seriesName.apply(series.key()))
                    .add("data", data);
            if (style == Style.PIE) {
                JsonArrayBuilder colours = Json.createArrayBuilder();
                chart.labels().forEach(l -> colours.add(colour(l)));
                dataset.add("backgroundColor", colours);
            } else {
                dataset.add("backgroundColor", colour(series.key())).add("borderColor", colour(series.key()));
            }
            if (style == Style.LINE) {
                dataset.add("spanGaps", true).add("fill", false).add("tension", 0.2);
            }
            datasets.add(dataset);
        }
        JsonObjectBuilder options = Json.createObjectBuilder()
                .add("responsive", true)
                .add("maintainAspectRatio", false)
                .add("plugins", Json.createObjectBuilder()
                        .add("title", Json.createObjectBuilder().add("display", true).add("text", title))
                        .add("legend", Json.createObjectBuilder().add("position", "bottom")));
        if (style == Style.STACKED_BAR) {
            options.add("scales", Json.createObjectBuilder()
                    .add("x", Json.createObjectBuilder().add("stacked", true))
                    .add("y", Json.createObjectBuilder().add("stacked", true).add("beginAtZero", true)));
        } else if (style != Style.PIE) {
            options.add("scales", Json.createObjectBuilder()
                    .add("y", Json.createObjectBuilder().add("beginAtZero", style == Style.BAR)));
        }
        String json = Json.createObjectBuilder()
                .add("type", switch (style) {
                    case STACKED_BAR, BAR -> "bar";
                    case PIE -> "pie";
                    case LINE -> "line";
                })
                .add("data", Json.createObjectBuilder().add("labels", categories).add("datasets", datasets))
                .add("options", options)
                .build().toString();
        return json.replace("<", "\\u003c").replace(">", "\\u003e");
    }

    private static String colour(String key) {
        return COLOURS.getOrDefault(key, DEFAULT_COLOUR);
    }
}
