package com.motovaultpro.platform.units;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Fuel quantities shown in another volume unit: exact factors, three decimals. */
class VolumeUnitTest {

    @ParameterizedTest(name = "{0} {1} = {3} {2}")
    @CsvSource(textBlock = """
            10,     US_GALLONS,       LITRES,           37.854
            10,     IMPERIAL_GALLONS, LITRES,           45.461
            40,     LITRES,           US_GALLONS,       10.567
            40,     LITRES,           IMPERIAL_GALLONS, 8.799
            5,      IMPERIAL_GALLONS, US_GALLONS,       6.005
            42.17,  LITRES,           LITRES,           42.17
            12.5,   KILOWATT_HOURS,   KILOWATT_HOURS,   12.5
            0,      LITRES,           US_GALLONS,       0.000
            """)
    void converts(BigDecimal quantity, VolumeUnit from, VolumeUnit to, BigDecimal expected) {
        assertEquals(expected, from.convert(quantity, to));
    }

    @Test
    void energyIsNoVolume() {
        assertThrows(UnsupportedOperationException.class, () -> VolumeUnit.KILOWATT_HOURS.convert(BigDecimal.ONE, VolumeUnit.LITRES));
        assertThrows(UnsupportedOperationException.class, () -> VolumeUnit.LITRES.convert(BigDecimal.ONE, VolumeUnit.KILOWATT_HOURS));
    }
}
