package com.motovaultpro.account;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.motovaultpro.platform.units.DistanceUnit;
import com.motovaultpro.platform.units.EconomyUnit;
import com.motovaultpro.platform.units.VolumeUnit;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Display defaults follow the language and locale; only sensible choices can be saved. */
class DisplayPreferencesTest {

    @ParameterizedTest(name = "language {0}, saved {1}/{2} -> {3}, {4}, 1234.56 as {5}")
    @CsvSource(delimiter = '|', textBlock = """
            en | -     | -   | en-US | USD | $1,234.56
            de | -     | -   | de-DE | EUR | 1.234,56 €
            fr | -     | -   | fr-FR | EUR | 1\u202f234,56 €
            es | -     | -   | es-ES | EUR | 1.234,56 €
            nl | -     | -   | nl-NL | EUR | € 1.234,56
            it | -     | -   | en-US | USD | $1,234.56
            en | de-DE | -   | de-DE | EUR | 1.234,56 €
            de | en-GB | -   | en-GB | GBP | £1,234.56
            en | de-CH | -   | de-CH | CHF | CHF 1’234.56
            de | de-DE | USD | de-DE | USD | 1.234,56 $
            en | en-US | EUR | en-US | EUR | €1,234.56
            """)
    void defaultsAndFormatting(String language, String locale, String currency, String expectedLocale,
                               String expectedCurrency, String formatted) {
        DisplayPreferences p = DisplayPreferences.resolve(language, new DisplayPreferences.Saved(
                "-".equals(locale) ? null : locale, "-".equals(currency) ? null : currency, null, null, null, null));
        assertEquals(expectedLocale, p.formatLocale().toLanguageTag());
        assertEquals(expectedCurrency, p.currency().getCurrencyCode());
        NumberFormat money = NumberFormat.getCurrencyInstance(p.formatLocale());
        money.setCurrency(p.currency());
        assertEquals(formatted, money.format(new BigDecimal("1234.56")).replace('\u00a0', ' '));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            locale not offered     | xx-YY | -   | -          | -                | -              | -              | formatLocale
            lowercase currency     | -     | eur | -          | -                | -              | -              | currency
            unknown currency       | -     | ABC | -          | -                | -              | -              | currency
            hours are no distance  | -     | -   | HOURS      | -                | -              | -              | distanceUnit
            kWh is no fuel volume  | -     | -   | -          | KILOWATT_HOURS   | -              | -              | volumeUnit
            electric as liquid     | -     | -   | -          | -                | MILES_PER_KWH  | -              | economyUnit
            liquid as electric     | -     | -   | -          | -                | -              | MPG_US         | electricEconomyUnit
            all valid              | de-AT | EUR | KILOMETERS | IMPERIAL_GALLONS | MPG_UK         | KWH_PER_100_KM |
            all defaults           | -     | -   | -          | -                | -              | -              |
            """)
    void onlySensibleChoicesCanBeSaved(String name, String locale, String currency, String distance, String volume,
                                       String economy, String electric, String badField) {
        DisplayPreferences.Saved saved = new DisplayPreferences.Saved(dash(locale), dash(currency),
                dash(distance) == null ? null : DistanceUnit.valueOf(distance),
                dash(volume) == null ? null : VolumeUnit.valueOf(volume),
                dash(economy) == null ? null : EconomyUnit.valueOf(economy),
                dash(electric) == null ? null : EconomyUnit.valueOf(electric));
        List<String> fields = DisplayPreferences.problems(saved).stream().map(DisplayPreferences.Problem::field).toList();
        assertEquals(badField == null ? List.of() : List.of(badField), fields);
    }

    @Test
    void unitsOverrideOnlyWhenSaved() {
        DisplayPreferences p = DisplayPreferences.resolve("en", new DisplayPreferences.Saved(null, null,
                DistanceUnit.KILOMETERS, null, EconomyUnit.LITRES_PER_100_KM, null));
        assertEquals(DistanceUnit.KILOMETERS, p.distanceUnit().orElseThrow());
        assertEquals(EconomyUnit.LITRES_PER_100_KM, p.economyUnit().orElseThrow());
        assertEquals(true, p.volumeUnit().isEmpty());
        assertEquals(true, p.electricEconomyUnit().isEmpty());
    }

    private static String dash(String value) {
        return value == null || "-".equals(value) ? null : value;
    }

    @ParameterizedTest(name = "preferred {0}, vehicle counts {1} -> shown in {2}")
    @CsvSource(nullValues = "NONE", value = {
            "NONE, KILOMETERS, KILOMETERS",
            "NONE, HOURS, HOURS",
            "MILES, KILOMETERS, MILES",
            "KILOMETERS, MILES, KILOMETERS",
            "MILES, HOURS, HOURS"})
    void distancesAreShownInThePreferredUnitExceptEngineHours(DistanceUnit preferred, DistanceUnit odometer,
                                                              DistanceUnit shown) {
        DisplayPreferences display = DisplayPreferences.resolve("en",
                new DisplayPreferences.Saved(null, null, preferred, null, null, null));
        assertEquals(shown, display.distanceUnitFor(odometer));
    }
}
