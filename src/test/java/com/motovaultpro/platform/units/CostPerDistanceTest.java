package com.motovaultpro.platform.units;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Cost per distance: cost / distance, converted between odometer and shown units. */
class CostPerDistanceTest {

    @ParameterizedTest(name = "{0} over {1} {2} shown per {3} = {4}")
    @CsvSource(textBlock = """
            100.00,   1000,    KILOMETERS, ,           0.1000
            100.00,   1000,    KILOMETERS, KILOMETERS, 0.1000
            100.00,   1000,    MILES,      ,           0.1000
            100.00,   1000,    MILES,      KILOMETERS, 0.0621
            100.00,   1000,    KILOMETERS, MILES,      0.1609
            1609.34,  1000,    KILOMETERS, MILES,      2.5900
            61.25,    612.5,   KILOMETERS, ,           0.1000
            0,        500,     KILOMETERS, ,           0.0000
            45.00,    3.5,     HOURS,      ,           12.8571
            45.00,    3.5,     HOURS,      KILOMETERS, EMPTY
            45.00,    0,       KILOMETERS, ,           EMPTY
            45.00,    ,        KILOMETERS, ,           EMPTY
            ,         100,     KILOMETERS, ,           EMPTY
            1,        3,       KILOMETERS, ,           0.3333
            """)
    void costPerDistance(BigDecimal cost, BigDecimal distance, DistanceUnit odometer, DistanceUnit shown, String expected) {
        Optional<BigDecimal> result = CostPerDistance.of(cost, distance, odometer, Optional.ofNullable(shown));
        assertEquals(expected, result.map(BigDecimal::toPlainString).orElse("EMPTY"));
    }
}
