package com.motovaultpro.vehicle.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A model year lies between 1886 and next year, where "next year" follows the clock. */
class ModelYearValidatorTest {

    private static final Clock MID_2025 = Clock.fixed(Instant.parse("2025-06-15T12:00:00Z"), ZoneOffset.UTC);

    @ParameterizedTest(name = "{0} valid: {1}")
    @CsvSource(value = {
            "NULL, true",   // "required" is a separate rule
            "0,    false",
            "1885, false",
            "1886, true",
            "1999, true",
            "2025, true",   // current year
            "2026, true",   // next year's models are sold this year
            "2027, false",
    }, nullValues = "NULL")
    void acceptsFirstAutomobileUpToNextYear(Integer year, boolean valid) {
        assertEquals(valid, new ModelYearValidator(MID_2025).isValid(year, null));
    }

    @ParameterizedTest(name = "at {0} in {1}, {2} valid: {3}")
    @CsvSource({
            "2025-12-31T23:30:00Z, UTC,           2027, false",
            "2025-12-31T23:30:00Z, Europe/Berlin, 2027, true",  // already 2026 in Berlin
            "2026-01-01T00:30:00Z, UTC,           2027, true",
    })
    void nextYearFollowsTheClocksZone(String instant, String zone, int year, boolean valid) {
        Clock clock = Clock.fixed(Instant.parse(instant), ZoneId.of(zone));
        assertEquals(valid, new ModelYearValidator(clock).isValid(year, null));
    }
}
