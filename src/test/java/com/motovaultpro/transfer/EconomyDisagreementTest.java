package com.motovaultpro.transfer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.motovaultpro.fuel.EconomyService.Figures;
import com.motovaultpro.platform.units.EconomyUnit;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EconomyDisagreementTest {

    /** Ours: the unit and value shown, then every unit's value (e.g. L/100 km 7.84 = 30 mpg US = 12.75 km/L). */
    @ParameterizedTest(name = "file {0}, ours {1}: {2}")
    @CsvSource(delimiter = '|', nullValues = "none", value = {
        // LubeLogger's 0 (no economy) and an empty cell never disagree
        "0      | LITRES_PER_100_KM 7.84 : 7.84 30.0 36.03 12.75 | agrees",
        "none   | none                                          | agrees",
        // the same figure, rounded, in the person's unit or in any other
        "7.84   | LITRES_PER_100_KM 7.84 : 7.84 30.0 36.03 12.75 | agrees",
        "30     | LITRES_PER_100_KM 7.84 : 7.84 30.0 36.03 12.75 | agrees",
        "30.2   | LITRES_PER_100_KM 7.84 : 7.84 30.0 36.03 12.75 | agrees",
        "12.8   | LITRES_PER_100_KM 7.84 : 7.84 30.0 36.03 12.75 | agrees",
        // a real difference
        "25     | LITRES_PER_100_KM 7.84 : 7.84 30.0 36.03 12.75 | the file gives an economy of 25; by our rules it is 7.84 L/100 km",
        "31     | MPG_US 30 : 7.84 30.0 36.03 12.75              | the file gives an economy of 31; by our rules it is 30 mpg (US)",
        // the file has a figure where our rules give none
        "31.1   | none                                          | the file gives an economy of 31.1; by our rules this fill-up has none (a first fill-up, a partial one, or one after a missed fill-up)",
    })
    void tellsWhereTheFileAndWeDisagree(BigDecimal inFile, String ours, String expected) {
        assertEquals("agrees".equals(expected) ? Optional.empty() : Optional.of(expected),
                EconomyDisagreement.of(inFile, Optional.ofNullable(ours).map(EconomyDisagreementTest::figures)));
    }

    private static Figures figures(String text) {
        String[] parts = text.split(":");
        String[] shown = parts[0].trim().split(" ");
        return new Figures(EconomyUnit.valueOf(shown[0]), new BigDecimal(shown[1]),
                Arrays.stream(parts[1].trim().split(" ")).map(BigDecimal::new).toList());
    }
}
