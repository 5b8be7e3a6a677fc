package com.motovaultpro.logbook;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.motovaultpro.platform.units.DistanceUnit;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OdometerPlausibilityTest {

    @ParameterizedTest(name = "{0}: {1} on {2}, then {3} on {4}, average {5}: {6}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            KILOMETERS | 45000 | 2026-01-01 | 451230 | 2026-01-15 | 40   | 29016
            KILOMETERS | 45000 | 2026-01-01 | 46000  | 2026-01-15 | 40   | -
            KILOMETERS | 45000 | 2026-01-01 | 47000  | 2026-01-01 | -    | -
            KILOMETERS | 45000 | 2026-01-01 | 47001  | 2026-01-01 | -    | 2001
            KILOMETERS | 45000 | 2026-01-01 | 52000  | 2026-01-08 | 20   | 1000
            KILOMETERS | 45000 | 2026-01-01 | 48500  | 2026-01-08 | 20   | -
            KILOMETERS | 45000 | 2026-01-01 | 52000  | 2026-01-08 | 150  | -
            KILOMETERS | 45000 | 2026-01-01 | 44000  | 2026-01-08 | 20   | -
            MILES      | 30000 | 2026-01-01 | 32600  | 2026-01-02 | -    | 2600
            MILES      | 30000 | 2026-01-01 | 32500  | 2026-01-02 | -    | -
            MILES      | 30000 | 2026-01-01 | 31300  | 2026-01-01 | -    | 1300
            HOURS      | 1200  | 2026-01-01 | 1230   | 2026-01-02 | -    | -
            HOURS      | 1200  | 2026-01-01 | 1249   | 2026-01-02 | -    | 49
            HOURS      | 1200  | 2026-01-01 | 1210   | 2026-01-02 | 0.5  | -
            HOURS      | 1200  | 2026-01-01 | 1213   | 2026-01-02 | 0.5  | 13
            """)
    void aReadingIsQuestionedAboveTheCeilingOrFarAboveTheVehiclesAverage(DistanceUnit unit, BigDecimal earlier,
            LocalDate earlierDate, BigDecimal odometer, LocalDate date, BigDecimal average, BigDecimal perDay) {
        assertEquals(Optional.ofNullable(perDay), OdometerPlausibility.implausibleDailyDistance(odometer, date,
                new RecordContext.EarlierReading(earlier, earlierDate), Optional.ofNullable(average), unit));
    }

    @Test
    void theAverageNeedsAMonthOfReadings() {
        var first = new RecordContext.EarlierReading(new BigDecimal("1000"), LocalDate.parse("2025-01-01"));
        assertEquals(Optional.of(new BigDecimal("35.93")), OdometerPlausibility.dailyAverage(first,
                new RecordContext.EarlierReading(new BigDecimal("13000"), LocalDate.parse("2025-12-01"))));
        assertEquals(Optional.empty(), OdometerPlausibility.dailyAverage(first,
                new RecordContext.EarlierReading(new BigDecimal("2000"), LocalDate.parse("2025-01-30"))));
    }
}
