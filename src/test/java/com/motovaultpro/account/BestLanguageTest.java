package com.motovaultpro.account;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The language a download (the PDF report) is written in when only the Accept-Language header says. */
class BestLanguageTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', nullValues = "null", value = {
        "de-DE,de;q=0.9,en;q=0.8|de",
        "fr-CH, fr;q=0.9, en;q=0.8|fr",
        "es-MX|es",
        "nl-BE,nl;q=0.9|nl",
        "it-IT,it;q=0.9,nl;q=0.5|nl",
        "en-GB|en",
        "ja-JP|en",
        "null|en",
        "''|en",
        ";;;q=x|en",
    })
    void prefersTheFirstSupportedLanguageOfTheHeader(String header, String language) {
        assertEquals(language, AccountPreferences.bestLanguage(header));
    }
}
