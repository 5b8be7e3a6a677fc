package com.motovaultpro.vin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Real VINs of several regions (published examples and decoder test sets), decoded with the shipped
 * tables as of December 2026; the 7SA and H7K rows are made up around real identifiers (their
 * check digits computed), for the prefixes reallocated to the United States and China.
 */
class VinDecoderTest {

    private static final VinDecoder DECODER = new VinDecoder(WmiTable.shipped(), VinCountries.shipped(),
            Clock.fixed(Instant.parse("2026-12-08T00:00:00Z"), ZoneOffset.UTC));

    @ParameterizedTest(name = "{0}: {5}, {4}, {6}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            1HGCM82633A004352 | VALID          | 1HG | NORTH_AMERICA | US | Honda                         | 2003      | true
            1FMCU14T3JU402061 | VALID          | 1FM | NORTH_AMERICA | US | Ford                          | 1988      | true
            1GKLVKED6AJ152841 | VALID          | 1GK | NORTH_AMERICA | US | GMC                           | 2010      | true
            4T1BB3EK5AU118081 | VALID          | 4T1 | NORTH_AMERICA | US | Toyota                        | 2010      | true
            5NPEB4AC9DH571382 | VALID          | 5NP | NORTH_AMERICA | US | Hyundai                       | 2013      | true
            2C3CCACG6CH275007 | VALID          | 2C3 | NORTH_AMERICA | CA | Chrysler/Dodge/Fiat/Lancia    | 2012      | true
            3VWSD29M41M067176 | VALID          | 3VW | NORTH_AMERICA | MX | Volkswagen                    | 2001      | true
            1M8GDM9AXKP042788 | VALID          | 1M8 | NORTH_AMERICA | US | Motor Coach Industries        | 1989 2019 | false
            1GCEC14W6TZ228585 | VALID          | 1GC | NORTH_AMERICA | US | Chevrolet                     | 1996 2026 | false
            7SAYGDEE8PF123456 | VALID          | 7SA | NORTH_AMERICA | US | Tesla                         | 2023      | true
            H7KAB1230RA123456 | VALID          | H7K | ASIA          | CN | Tailg                         | 1994 2024 | false
            JH4DC4340RS003205 | NOT_APPLICABLE | JH4 | ASIA          | JP | Acura                         | 1994 2024 | false
            JTMW53FV60D023016 | NOT_APPLICABLE | JTM | ASIA          | JP | Subaru/Toyota                 | -         | false
            KM8JN72D07U585496 | NOT_APPLICABLE | KM8 | ASIA          | KR | Hyundai                       | 2007      | false
            WP0ZZZ99ZTS392124 | NOT_APPLICABLE | WP0 | EUROPE        | DE | Porsche                       | 1996 2026 | false
            WAULFAFR6DA001366 | NOT_APPLICABLE | WAU | EUROPE        | DE | Audi                          | 1983 2013 | false
            WBSPM9C52BE209978 | NOT_APPLICABLE | WBS | EUROPE        | DE | BMW                           | 1981 2011 | false
            TRUWT28N251018665 | NOT_APPLICABLE | TRU | EUROPE        | HU | Audi                          | 2005      | false
            SCFFDECNXCGG14038 | NOT_APPLICABLE | SCF | EUROPE        | GB | Aston Martin                  | 1982 2012 | false
            """)
    void decodesRealVins(String vin, Vin.CheckDigit checkDigit, String wmi, VinRegion region, String country,
            String makes, String years, boolean certain) {
        VinDecoding decoding = DECODER.decode(vin);
        assertEquals(checkDigit, decoding.checkDigit());
        assertEquals(wmi, decoding.wmi());
        assertEquals(region, decoding.region());
        assertEquals(Optional.ofNullable(country), decoding.country());
        assertEquals(List.of(makes.split("/")), decoding.makes());
        assertEquals(years == null ? List.of() : Arrays.stream(years.split(" ")).map(Integer::valueOf).toList(),
                decoding.modelYears());
        assertEquals(certain, decoding.modelYearCertain());
    }

    @Test
    void aSmallManufacturersWmiTakesPositionsTwelveToFourteenAndMatchesNoOtherMaker() {
        String vin = withCheckDigit("1Z9ZZ5C2_EW123456"); // a 9 in position 3: a small US manufacturer
        VinDecoding decoding = DECODER.decode(vin);
        assertEquals("1Z9123", decoding.wmi());
        assertEquals(List.of(), decoding.makes());
        assertEquals(List.of(1984, 2014), decoding.modelYears());
        assertEquals(false, decoding.modelYearCertain());
    }

    @Test
    void aWrongCheckDigitIsDecodedAndSaysSo() {
        assertEquals(Vin.CheckDigit.WRONG, DECODER.decode("1HGCM82643A004352").checkDigit());
    }

    @Test
    void anUnknownWmiStillGivesItsRegion() {
        VinDecoding decoding = DECODER.decode("V6ZZZZZZZZZ000000");
        assertEquals(VinRegion.EUROPE, decoding.region());
        assertEquals(Optional.empty(), decoding.country());
        assertEquals(List.of(), decoding.makes());
    }

    @Test
    void onlyVinsOfValidCharactersAreDecoded() {
        assertThrows(IllegalArgumentException.class, () -> DECODER.decode("WP0ZZZ99ZTS39212"));
        assertThrows(IllegalArgumentException.class, () -> DECODER.decode("WP0ZZZ99ZTS39212O"));
        assertThrows(IllegalArgumentException.class, () -> DECODER.decode(null));
    }

    private static String withCheckDigit(String vin) {
        String filled = vin.replace('_', '0');
        return filled.substring(0, 8) + Vin.expectedCheckDigit(filled) + filled.substring(9);
    }
}
