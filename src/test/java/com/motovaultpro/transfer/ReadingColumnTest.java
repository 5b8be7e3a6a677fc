package com.motovaultpro.transfer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.motovaultpro.logbook.RecordContext.EarlierReading;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReadingColumnTest {

    @ParameterizedTest(name = "row {0}: {1} on {2}")
    @CsvSource(nullValues = "none", value = {
        "0,       1000,        2024-01-19",
        "5,       0.5,         1990-01-01",
        "1023,    9999999999.99, 2100-12-31",
        "1024,    12.3,        1970-01-01",
        "250000,  100000,      1969-12-31",
        "7,       none,        none",
    })
    void keepsWhatItIsGivenPerRow(int row, BigDecimal odometer, LocalDate date) {
        ReadingColumn column = new ReadingColumn();
        Optional<EarlierReading> reading = odometer == null ? Optional.empty() : Optional.of(new EarlierReading(odometer, date));
        column.set(row, reading);
        assertEquals(reading.map(r -> r.odometer().stripTrailingZeros()), column.get(row).map(r -> r.odometer().stripTrailingZeros()));
        assertEquals(reading.map(EarlierReading::date), column.get(row).map(EarlierReading::date));
        assertEquals(Optional.empty(), column.get(row + 1), "a row never set has none");
        assertEquals(Optional.empty(), column.get(Math.max(0, row - 1) == row ? row + 2 : row - 1), "nor one before it");
    }
}
