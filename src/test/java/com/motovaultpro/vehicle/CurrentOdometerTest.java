package com.motovaultpro.vehicle;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Current odometer = highest reading × multiplier + offset; no reading, no odometer. */
class CurrentOdometerTest {

    @ParameterizedTest(name = "{0} x {1} + {2} = {3}")
    @CsvSource(textBlock = """
            48250.5, 1,      0,      48250.50
            12000,   1,      35000,  47000.00
            10000,   1.6093, 0,      16093.00
            100.25,  1,      -0.25,  100.00
            ,        1,      500,
            """)
    void highestReadingTimesMultiplierPlusOffset(BigDecimal highest, BigDecimal multiplier, BigDecimal offset,
                                                 BigDecimal expected) {
        assertEquals(Optional.ofNullable(expected), CurrentOdometer.of(Optional.ofNullable(highest), multiplier, offset));
    }
}
