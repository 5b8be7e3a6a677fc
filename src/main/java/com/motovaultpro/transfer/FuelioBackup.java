package com.motovaultpro.transfer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads the fill-ups of a Fuelio backup ({@code vehicle-<n>-sync.csv}) as if they were a LubeLogger
 * fuel file: the backup is one CSV with sections ({@code "## Vehicle"}, {@code "## Log"},
 * {@code "## Costs"}, …), each a marker row, a header row and data rows; only {@code ## Log} is
 * fill-ups. Its headers carry units ({@code Odo (km)}, {@code Fuel (litres)} or {@code kg},
 * {@code mpg (optional)}), so they are recognised by their start and the fuel by its place (third).
 * {@code Data} is the date ({@code yyyy-MM-dd HH:mm}), {@code Price (optional)} the total cost,
 * {@code Full} and {@code Missed} 1 or 0. Everything else is ignored (listed in the report).
 *
 * <p>Source of the format: real backups in the public repositories pignatta/Fuelio
 * ({@code backup-csv/car1-20201211-230621.csv}, {@code vehicle-1-sync.csv}, commit ea94c769) and
 * tigattack/lubelogger-fuelio-importer ({@code fuelio_backup_sample.csv}, commit f82fa1ab).
 */
final class FuelioBackup implements CsvFileReader.Handler {

    private final CsvFileReader.Handler fuel;
    private boolean fuelio;
    private boolean inLog;
    private boolean logHeaderSeen;
    private boolean awaitingLogHeader;

    /** Hands a Fuelio backup's fill-ups, or any other file as it is, to {@code fuel}. */
    FuelioBackup(CsvFileReader.Handler fuel) {
        this.fuel = fuel;
    }

    @Override
    public void header(List<String> names) {
        if (isMarker(names)) {
            fuelio = true;
            section(names);
        } else {
            fuel.header(names);
        }
    }

    @Override
    public void row(long line, List<String> values) {
        if (!fuelio) {
            fuel.row(line, values);
        } else if (isMarker(values)) {
            section(values);
        } else if (awaitingLogHeader) {
            fuel.header(lubeLoggerNames(values));
            awaitingLogHeader = false;
            logHeaderSeen = true;
        } else if (inLog) {
            fuel.row(line, values);
        }
    }

    /** Whether the file was a Fuelio backup without any fill-up log. */
    boolean withoutLog() {
        return fuelio && !logHeaderSeen;
    }

    private void section(List<String> marker) {
        String name = marker.get(0).strip().substring(2).replace(" ", "").toLowerCase(Locale.ROOT);
        inLog = name.equals("log");
        awaitingLogHeader = inLog;
    }

    private static boolean isMarker(List<String> values) {
        return !values.isEmpty() && values.get(0).strip().startsWith("##");
    }

    /** Fuelio's log headers as LubeLogger names them; the rest unchanged (and so ignored). */
    static List<String> lubeLoggerNames(List<String> fuelio) {
        List<String> names = new ArrayList<>(fuelio.size());
        for (int i = 0; i < fuelio.size(); i++) {
            String name = fuelio.get(i).strip();
            String lower = name.toLowerCase(Locale.ROOT);
            if (lower.equals("data")) {
                names.add(Column.DATE.header());
            } else if (lower.startsWith("odo")) {
                names.add(Column.ODOMETER.header());
            } else if (i == 2) {
                names.add(Column.FUEL_CONSUMED.header());
            } else if (lower.equals("full")) {
                names.add(Column.IS_FILL_TO_FULL.header());
            } else if (lower.startsWith("price")) {
                names.add(Column.COST.header());
            } else if (lower.equals("missed")) {
                names.add(Column.MISSED_FUELUP.header());
            } else if (lower.startsWith("notes")) {
                names.add(Column.NOTES.header());
            } else {
                names.add("fuelio " + name); // never a column of ours: listed as ignored
            }
        }
        return names;
    }
}
