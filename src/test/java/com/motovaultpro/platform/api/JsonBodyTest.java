package com.motovaultpro.platform.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.json.Json;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Request bodies are exactly one bounded JSON value; what is refused names a place, not content. */
class JsonBodyTest {

    private static JsonValue read(String body) {
        return JsonBody.read(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "{\"make\":\"Honda\",\"year\":2019,\"tags\":[\"a\",\"b\"],\"extra\":{\"x\":null,\"y\":true}}",
        "  [1, 2.5, -3e2]  ",
        "\"text\"",
        "{}"
    })
    void readsWellFormedBodiesAsTheyAre(String body) {
        assertEquals(Json.createReader(new StringReader(body)).readValue(), read(body));
    }

    @ParameterizedTest(name = "#{index}")
    @ValueSource(strings = {"", "   ", "\n\t"})
    void anEmptyBodyIsNoValue(String body) {
        assertNull(read(body));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "{\"make\":\"Honda\"}}",
        "{\"make\":\"Honda\"} {}",
        "{\"make\":\"Honda\"} x",
        "{\"make\":\"Honda\"",
        "{make:1}",
        "{\"a\":[1,2}",
        "[1,]"
    })
    void refusesTrailingDataAndBrokenSyntax(String body) {
        assertThrows(JsonBody.MalformedException.class, () -> read(body));
    }

    @Test
    void refusesAFieldGivenTwice() {
        var refused = assertThrows(JsonBody.MalformedException.class,
                () -> read("{\"a\":{\"year\":1,\"year\":\"x\"}}"));
        assertEquals("The field 'a.year' is given twice", refused.getMessage());
    }

    @Test
    void refusesDeepNesting() {
        String deep = "[".repeat(100_000) + "]".repeat(100_000);
        assertThrows(JsonBody.MalformedException.class, () -> read(deep));
        assertEquals(JsonValue.ValueType.ARRAY, read("[".repeat(JsonBody.MAX_DEPTH) + "]".repeat(JsonBody.MAX_DEPTH))
                .getValueType());
    }

    @ParameterizedTest(name = "#{index} {1}")
    @CsvSource(delimiter = '|', textBlock = """
            {"odometer":1e1000000}                       | odometer
            {"a":{"b":[1,2,1E+999]}}                     | a.b[2]
            [0.5, 99999999999999999999999999999999999999999] | [1]
            7e100                                        | ''
            """)
    void refusesHostileNumbersNamingTheirField(String body, String field) {
        var refused = assertThrows(JsonBody.NumberTooLongException.class, () -> read(body));
        assertEquals(field == null ? "" : field, refused.field());
    }

    @Test
    void refusesAMillionDigitsBeforeParsingThem() {
        var refused = assertThrows(JsonBody.NumberTooLongException.class,
                () -> read("{\"extraFields\":{},\"cost\":" + "9".repeat(1_000_000) + "}"));
        assertEquals("cost", refused.field());
    }
}
