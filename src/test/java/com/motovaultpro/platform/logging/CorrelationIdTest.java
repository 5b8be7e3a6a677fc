package com.motovaultpro.platform.logging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** A caller's correlation id is echoed only when safe to log: 8–128 of [A-Za-z0-9._:-]; else a new UUID. */
class CorrelationIdTest {

    @ParameterizedTest(name = "''{0}'' is kept")
    @CsvSource({
            "abcdefgh",
            "0f8fad5b-d9cb-469f-a165-70867728950e",
            "req.2024-01-31:node_1",
            "A-Z.a_z:0-9",
    })
    void acceptsSafeIds(String id) {
        assertEquals(id, CorrelationId.acceptOrGenerate(id));
    }

    @ParameterizedTest(name = "length {0} is kept")
    @ValueSource(ints = {8, 9, 64, 127, 128})
    void acceptsLengthsFrom8To128(int length) {
        String id = "x".repeat(length);
        assertEquals(id, CorrelationId.acceptOrGenerate(id));
    }

    @ParameterizedTest(name = "length {0} is replaced")
    @ValueSource(ints = {1, 7, 129, 10_000})
    void replacesTooShortOrTooLong(int length) {
        assertFreshUuid(CorrelationId.acceptOrGenerate("x".repeat(length)));
    }

    @ParameterizedTest(name = "''{0}'' is replaced")
    @NullAndEmptySource
    @ValueSource(strings = {
            "has a space",
            "line1\nline2-forged",
            "abcdefgh\n",
            "abcdefgh\r\n[ERROR] forged",
            "tab\tseparated",
            "<script>alert(1)</script>",
            "\"quoted-value\"",
            "path/to/thing",
            "ümlaut-value",
    })
    void replacesUnsafeIds(String id) {
        String result = CorrelationId.acceptOrGenerate(id);
        assertNotEquals(id, result);
        assertFreshUuid(result);
    }

    @Test
    void everyGeneratedIdIsNew() {
        assertNotEquals(CorrelationId.acceptOrGenerate(null), CorrelationId.acceptOrGenerate(null));
    }

    private static void assertFreshUuid(String id) {
        assertEquals(id, UUID.fromString(id).toString());
    }
}
