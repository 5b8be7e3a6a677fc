package com.motovaultpro.vin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VinCountriesTest {

    private static final VinCountries COUNTRIES = VinCountries.shipped();

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            WP0ZZZ99ZTS392124 | DE
            SCFFDECNXCGG14038 | GB
            SN1ZZZ00000000000 | DE
            SUZZZZ00000000000 | PL
            TRUWT28N251018665 | HU
            TMBZZZ00000000000 | CZ
            VF1ZZZ00000000000 | FR
            VSSZZZ00000000000 | ES
            ZFFZZZ00000000000 | IT
            YV1ZZZ00000000000 | SE
            XTAZZZ00000000000 | RU
            X4XZZZ00000000000 | RU
            JH4DC4340RS003205 | JP
            KM8JN72D07U585496 | KR
            LRWZZZ00000000000 | CN
            H7KZZZ00000000000 | CN
            MA3ZZZ00000000000 | IN
            1FMCU14T3JU402061 | US
            2C3CCACG6CH275007 | CA
            3VWSD29M41M067176 | MX
            5YJ3E1EA0KF000000 | US
            7SAYGDEE0PF000000 | US
            6G1ZZZ00000000000 | AU
            9BWZZZ00000000000 | BR
            93HZZZ00000000000 | BR
            AAVZZZ00000000000 | ZA
            """)
    void thePrefixNamesTheCountry(String vin, String country) {
        assertEquals(Optional.of(country), COUNTRIES.country(vin));
    }

    @ParameterizedTest(name = "{0}: continent only")
    @CsvSource({"3XZZZZ00000000000", "K1ZZZZ00000000000", "BZZZZZ00000000000", "V6ZZZZ00000000000"})
    void anUnlistedPrefixHasNoCountry(String vin) {
        assertEquals(Optional.empty(), COUNTRIES.country(vin));
    }
}
