package com.motovaultpro.transfer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LocalizedValuesTest {

    @ParameterizedTest(name = "{0} in {1} is {2}")
    @CsvSource(delimiter = '|', nullValues = "none", value = {
        "2024-01-19           | en-US | 2024-01-19",
        "2024-01-19           | de-DE | 2024-01-19",
        "2024-1-9             | de-DE | 2024-01-09",
        "2024-01-19T10:15:00  | en-US | 2024-01-19",
        "1/19/2024            | en-US | 2024-01-19",
        "19.01.2024           | de-DE | 2024-01-19",
        "19/01/2024           | en-GB | 2024-01-19",
        "19/01/2024           | fr-FR | 2024-01-19",
        "19.01.24             | de-DE | 2024-01-19",
        "1/5/2025 3:04:05 PM  | en-US | 2025-01-05",
        "2024/01/19           | en-US | 2024-01-19",
        "19.01.2024           | en-US | none",
        "1/19/2024            | de-DE | none",
        "2024-02-30           | en-US | none",
        "yesterday            | en-US | none",
        "19.01.2024.12.12     | de-DE | none",
    })
    void dates(String text, String locale, String expected) {
        assertEquals(Optional.ofNullable(expected).map(LocalDate::parse),
                new LocalizedValues(Locale.forLanguageTag(locale)).date(text));
    }

    @ParameterizedTest(name = "{0} in {1} is {2}")
    @CsvSource(delimiter = '|', nullValues = "none", value = {
        "1234.56       | en-US | 1234.56",
        "1,234.56      | en-US | 1234.56",
        "$1,234.56     | en-US | 1234.56",
        "1,234,567.5   | en-US | 1234567.5",
        "-12.5         | en-US | -12.5",
        "+12           | en-US | 12",
        "1.234,56      | de-DE | 1234.56",
        "1234,56       | de-DE | 1234.56",
        "1.234         | de-DE | 1234",
        "12.5          | de-DE | 12.5",
        "1234.56       | de-DE | 1234.56",
        "1 234,56 €    | fr-FR | 1234.56",
        "1.234,56      | en-US | none",
        "1,23,4        | en-US | none",
        "12abc         | en-US | none",
        "1e5           | en-US | none",
        "''            | en-US | none",
    })
    void numbers(String text, String locale, String expected) {
        assertEquals(Optional.ofNullable(expected).map(BigDecimal::new).map(BigDecimal::stripTrailingZeros),
                new LocalizedValues(Locale.forLanguageTag(locale)).number(text).map(BigDecimal::stripTrailingZeros));
    }

    @ParameterizedTest
    @CsvSource(nullValues = "none", value = {"1,true", "0,false", "True,true", "FALSE,false", "yes,true", "n,false",
        "maybe,none", "2,none"})
    void yesNo(String text, Boolean expected) {
        assertEquals(Optional.ofNullable(expected), LocalizedValues.yesNo(text));
    }

    @ParameterizedTest
    @CsvSource({"en-US,MDY", "de-DE,DMY", "en-GB,DMY", "ja-JP,YMD", "fr-FR,DMY"})
    void theLocalesDateOrder(String locale, String order) {
        assertEquals(order, LocalizedValues.dateOrder(Locale.forLanguageTag(locale)));
    }

    @Test
    void aHugeValueIsRefusedBeforeParsing() {
        assertEquals(Optional.empty(), new LocalizedValues(Locale.US).number("9".repeat(1_000_000)));
        assertEquals(Optional.empty(), new LocalizedValues(Locale.US).date("1".repeat(1_000_000)));
    }
}
