package com.motovaultpro.vin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Pins the VIN rules: 17 characters without I/O/Q, and the check digit in position 9 where the
 * VIN's region requires it (North America, China) — not for Europe, Japan, Korea and the rest.
 *
 * <p>Valid rows are published examples, each re-computed by hand, e.g. 11111111111111111: the weights
 * sum to 89 and 89 mod 11 = 1; 1M8GDM9AXKP042788 (the Wikipedia worked example): 351 mod 11 = 10 = X.
 */
class VinTest {

    @ParameterizedTest(name = "{0} is valid with check digit {1}")
    @CsvSource({
            "1HGCM82633A004352, 3",
            "1M8GDM9AXKP042788, X",
            "11111111111111111, 1",
            "JH4KA7561PC008269, 1",
    })
    void publishedVinsAreValid(String vin, char checkDigit) {
        assertTrue(Vin.hasValidCharacters(vin));
        assertEquals(checkDigit, Vin.expectedCheckDigit(vin));
        assertTrue(Vin.isValid(vin));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
            "1HGCM82643A004352,  check digit changed 3 -> 4",
            "1HGCM82633A004353,  last character changed, check digit no longer matches",
            "1M8GDM9A1KP042788,  X replaced by 1",
            "1M8GDM9AXKP042789,  serial changed, X no longer matches",
            "11111111111111112,  last character changed",
            "1HGCM82I33A004352,  contains I",
            "1HGCM82O33A004352,  contains O",
            "1HGCM82Q33A004352,  contains Q",
            "1HGCM82633A00435,   16 characters",
            "1HGCM82633A0043521, 18 characters",
            "1hgcm82633a004352,  lower case is only valid after normalize",
            "1HGCM 2633A004352,  contains a space",
            "1HGCM-2633A004352,  contains a dash",
            "'',                 empty",
    })
    void invalidVinsAreRejected(String vin, String reason) {
        assertFalse(Vin.isValid(vin), reason);
    }

    @ParameterizedTest(name = "hasValidCharacters({0}) = {1}")
    @CsvSource({
            "1HGCM82633A004352,  true",
            "1HGCM82643A004352,  true",  // wrong check digit, but every character allowed
            "ABCDEFGHJKLMNPRST,  true",
            "UVWXYZ01234567890,  true",
            "1HGCM82I33A004352,  false",
            "1HGCM82O33A004352,  false",
            "1HGCM82Q33A004352,  false",
            "1hgcm82633a004352,  false",
            "1HGCM82633A00435,   false",
            "1HGCM82633A0043521, false",
    })
    void allowedCharactersAndLength(String vin, boolean expected) {
        assertEquals(expected, Vin.hasValidCharacters(vin));
    }

    @ParameterizedTest(name = "expectedCheckDigit({0}) = {1}")
    @CsvSource({
            "1HGCM82643A004352, 3",
            "1M8GDM9A1KP042788, X",
            "1HGCM82633A004353, 5",
            "JH4KA7562PC008269, 1",
    })
    void checkDigitIgnoresTheNinthCharacter(String vin, char expected) {
        assertEquals(expected, Vin.expectedCheckDigit(vin));
    }

    @ParameterizedTest(name = "normalize(''{0}'') = {1}")
    @CsvSource(value = {
            "1HGCM82633A004352,       1HGCM82633A004352",
            "1hgcm82633a004352,       1HGCM82633A004352",
            "'  1m8gdm9axkp042788\t', 1M8GDM9AXKP042788",
            "'',                      NULL",
            "'   ',                   NULL",
            "NULL,                    NULL",
    }, nullValues = "NULL")
    void normalizeTrimsUpperCasesAndTurnsBlankIntoNull(String input, String expected) {
        assertEquals(expected, Vin.normalize(input));
    }

    @ParameterizedTest(name = "{0} is valid once normalized")
    @CsvSource({"1hgcm82633a004352", "' jh4ka7561pc008269 '", "1m8gdm9axkp042788"})
    void lowerCaseInputIsValidAfterNormalize(String input) {
        assertTrue(Vin.isValid(Vin.normalize(input)));
    }

    /** Real manufacturers' identifiers; the VALID rows' check digits computed by hand as above. */
    @ParameterizedTest(name = "{0} ({2}): check digit {1}")
    @CsvSource({
            // North America (49 CFR 565): required.
            "1HGCM82633A004352, VALID,          Honda of America, USA",
            "1HGCM82643A004352, WRONG,          the same with a typing error",
            "2T1BURHE5JC014582, VALID,          Toyota, Canada",
            "3VWFE21C04M000001, VALID,          Volkswagen, Mexico",
            "5YJ3E1EA2KF317000, VALID,          Tesla, USA",
            "5YJ3E1EA8KF317000, WRONG,          the same with a typing error",
            "7SAYGDEE8PF123456, VALID,          Tesla, USA (7F-70: the United States' later prefixes)",
            "7SAYGDEE0PF123456, WRONG,          the same with a typing error",
            // China (GB 16735): required.
            "LRW3E7FA8MC123456, VALID,          Tesla, Shanghai",
            "LRW3E7FA2MC123456, WRONG,          the same with a typing error",
            "H7KAB1230RA123456, VALID,          Tailg, China (H since its reallocation)",
            "H7KAB1231RA123456, WRONG,          the same with a typing error",
            // Europe and Asia: the ninth character is not a check digit.
            "WP0ZZZ99ZTS392124, NOT_APPLICABLE, Porsche, Germany",
            "WVWZZZ1JZ3W386752, NOT_APPLICABLE, Volkswagen, Germany",
            "VF1RFB00X56789012, NOT_APPLICABLE, Renault, France",
            "ZFA31200000123456, NOT_APPLICABLE, Fiat, Italy",
            "SAJAA01P1DA123456, NOT_APPLICABLE, Jaguar, United Kingdom",
            "JH4KA7562PC008269, NOT_APPLICABLE, Acura, Japan (a changed ninth character is still valid)",
            "KMHDN41BP6U366989, NOT_APPLICABLE, Hyundai, Korea",
    })
    void theCheckDigitCountsWhereTheRegionRequiresIt(String vin, Vin.CheckDigit expected, String what) {
        assertTrue(Vin.hasValidCharacters(vin), what);
        assertEquals(expected, Vin.checkDigit(vin), what);
        assertEquals(expected != Vin.CheckDigit.WRONG, Vin.isValid(vin), what);
    }
}
