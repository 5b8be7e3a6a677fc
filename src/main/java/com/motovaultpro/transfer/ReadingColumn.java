package com.motovaultpro.transfer;

import com.motovaultpro.logbook.RecordContext.EarlierReading;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;

/**
 * An optional odometer reading per row of a file, kept as two primitive columns (hundredths and
 * day): twelve bytes a row instead of three objects, so a file of 100,000 rows keeps about a
 * megabyte. Readings have at most two decimals (stored as NUMERIC(12, 2), checked before).
 */
final class ReadingColumn {

    private static final long NONE = Long.MIN_VALUE;

    private long[] hundredths = new long[1024];
    private int[] days = new int[1024];

    ReadingColumn() {
        Arrays.fill(hundredths, NONE);
    }

    void set(int row, Optional<EarlierReading> reading) {
        if (row >= hundredths.length) {
            int length = Math.max(row + 1, hundredths.length * 2);
            int old = hundredths.length;
            hundredths = Arrays.copyOf(hundredths, length);
            days = Arrays.copyOf(days, length);
            Arrays.fill(hundredths, old, length, NONE);
        }
        hundredths[row] = reading.map(r -> r.odometer().movePointRight(2).longValueExact()).orElse(NONE);
        days[row] = reading.map(r -> Math.toIntExact(r.date().toEpochDay())).orElse(0);
    }

    Optional<EarlierReading> get(int row) {
        if (row >= hundredths.length || hundredths[row] == NONE) {
            return Optional.empty();
        }
        return Optional.of(new EarlierReading(BigDecimal.valueOf(hundredths[row], 2), LocalDate.ofEpochDay(days[row])));
    }
}
