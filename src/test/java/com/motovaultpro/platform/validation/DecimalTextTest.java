package com.motovaultpro.platform.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The one bound on numbers written as text: short and decimal-shaped, or refused unparsed. */
class DecimalTextTest {

    @ParameterizedTest(name = "''{0}'' -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            42          | 42
            -42.5       | -42.5
            +0.125      | 0.125
            .5          | 0.5
            5.          | 5
            4.2e1       | 42
            1E-2        | 0.01
            1e99        | 1E+99
            1e100       |
            1e1000000   |
            1e+1000000  |
            0x1F        |
            1_000       |
            1,5         |
            ' 42'       |
            NaN         |
            Infinity    |
            ''          |
            1234567890123456789012345678901234567890 | 1234567890123456789012345678901234567890
            12345678901234567890123456789012345678901 |
            """)
    void acceptsOnlyShortDecimals(String text, String expected) {
        Optional<BigDecimal> parsed = DecimalText.parse(text == null ? "" : text);
        assertEquals(Optional.ofNullable(expected).map(BigDecimal::new), parsed);
    }

    @ParameterizedTest(name = "''{0}'' -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            0                    | 0
            -7                   | -7
            9223372036854775807  | 9223372036854775807
            9223372036854775808  |
            2019.5               |
            2019.0               |
            2e3                  |
            """)
    void wholeNumbersHaveNeitherFractionNorExponent(String text, Long expected) {
        assertEquals(Optional.ofNullable(expected), DecimalText.parseWhole(text));
    }

    @Test
    void aMillionDigitsAreRefusedWithoutBeingRead() {
        String hostile = "9".repeat(1_000_000);
        assertEquals(false, DecimalText.bounded(hostile));
        assertEquals(Optional.empty(), DecimalText.parse(hostile));
        assertEquals(Optional.empty(), DecimalText.parseWhole(hostile));
        assertEquals(false, DecimalText.bounded(null));
    }
}
