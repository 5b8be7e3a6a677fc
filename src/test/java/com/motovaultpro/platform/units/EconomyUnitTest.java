package com.motovaultpro.platform.units;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Economy shown in each user unit, from economy measured in each vehicle unit (exact factors). */
class EconomyUnitTest {

    @ParameterizedTest(name = "{0} {1}/{2} as {3} = {4}")
    @CsvSource(textBlock = """
            10,  KILOMETERS, LITRES,           KM_PER_LITRE,      10.0000
            10,  KILOMETERS, LITRES,           LITRES_PER_100_KM, 10.0000
            10,  KILOMETERS, LITRES,           MPG_US,            23.5215
            10,  KILOMETERS, LITRES,           MPG_UK,            28.2481
            30,  MILES,      US_GALLONS,       MPG_US,            30.0000
            30,  MILES,      US_GALLONS,       KM_PER_LITRE,      12.7543
            30,  MILES,      US_GALLONS,       LITRES_PER_100_KM, 7.8405
            30,  MILES,      US_GALLONS,       MPG_UK,            36.0285
            40,  MILES,      IMPERIAL_GALLONS, MPG_UK,            40.0000
            40,  MILES,      IMPERIAL_GALLONS, MPG_US,            33.3070
            40,  MILES,      IMPERIAL_GALLONS, LITRES_PER_100_KM, 7.0620
            5.5, MILES,      LITRES,           KM_PER_LITRE,      8.8514
            5.5, MILES,      LITRES,           LITRES_PER_100_KM, 11.2977
            4,   MILES,      KILOWATT_HOURS,   MILES_PER_KWH,     4.0000
            4,   MILES,      KILOWATT_HOURS,   KWH_PER_100_KM,    15.5343
            6.4, KILOMETERS, KILOWATT_HOURS,   MILES_PER_KWH,     3.9768
            6.4, KILOMETERS, KILOWATT_HOURS,   KWH_PER_100_KM,    15.6250
            """)
    void converts(BigDecimal economy, DistanceUnit distance, VolumeUnit volume, EconomyUnit unit, BigDecimal expected) {
        assertEquals(expected, unit.convert(economy, distance, volume).setScale(4, RoundingMode.HALF_UP));
    }

    @Test
    void liquidAndElectricDoNotMix() {
        assertThrows(IllegalArgumentException.class,
                () -> EconomyUnit.MPG_US.convert(BigDecimal.TEN, DistanceUnit.MILES, VolumeUnit.KILOWATT_HOURS));
        assertThrows(IllegalArgumentException.class,
                () -> EconomyUnit.MILES_PER_KWH.convert(BigDecimal.TEN, DistanceUnit.MILES, VolumeUnit.LITRES));
    }

    @Test
    void engineHoursAreNotADistance() {
        assertThrows(UnsupportedOperationException.class,
                () -> EconomyUnit.KM_PER_LITRE.convert(BigDecimal.TEN, DistanceUnit.HOURS, VolumeUnit.LITRES));
    }

    @Test
    void displayRoundsHalfUpToTwoDecimals() {
        assertEquals(new BigDecimal("7.85"), EconomyUnit.round(new BigDecimal("7.845")));
        assertEquals(new BigDecimal("23.52"), EconomyUnit.round(new BigDecimal("23.5215")));
    }

    @ParameterizedTest(name = "{0} per {1} shows as {2}")
    @CsvSource(textBlock = """
            KILOMETERS, LITRES,           LITRES_PER_100_KM
            MILES,      US_GALLONS,       MPG_US
            MILES,      IMPERIAL_GALLONS, MPG_UK
            MILES,      LITRES,           MPG_US
            KILOMETERS, KILOWATT_HOURS,   KWH_PER_100_KM
            MILES,      KILOWATT_HOURS,   MILES_PER_KWH
            """)
    void defaultUnitFollowsTheVehicle(DistanceUnit distance, VolumeUnit volume, EconomyUnit expected) {
        assertEquals(java.util.Optional.of(expected), EconomyUnit.defaultFor(distance, volume));
    }

    @Test
    void engineHourVehiclesHaveNoDefaultUnit() {
        assertEquals(java.util.Optional.empty(), EconomyUnit.defaultFor(DistanceUnit.HOURS, VolumeUnit.LITRES));
    }
}
