package com.motovaultpro.platform.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.motovaultpro.platform.web.ProblemDetail.FieldError;
import jakarta.json.Json;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** JSON against the Java type it binds to: each wrong field named with what it must be. */
class JsonShapeTest {

    enum Fuel { GASOLINE, DIESEL }

    record Inner(Integer count) {
    }

    record Sample(Integer year, String make, Boolean fullTank, BigDecimal cost, Long version, LocalDate date,
                  Instant expiresAt, Fuel fuel, List<String> tags, List<Long> ids, Map<String, String> extraFields,
                  Inner inner, short small) {
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            {"year":2019,"make":"Honda","fullTank":true,"cost":79.9,"version":3}  |
            {"year":null,"make":null,"unknownField":[1,{}]}                        |
            {"date":"2024-05-31","expiresAt":"2025-01-01T00:00:00Z","fuel":"DIESEL"} |
            {"tags":["a","b"],"ids":[1,2],"extraFields":{"Octane":"95"},"inner":{"count":2}} |
            {"year":2019.5}                     | year: must be a whole number
            {"year":2019.0}                     | year: must be a whole number
            {"year":2e3}                        | year: must be a whole number
            {"year":"2019"}                     | year: must be a whole number
            {"year":4294967296}                 | year: is out of range
            {"small":40000}                     | small: is out of range
            {"version":9223372036854775808}     | version: must be a whole number
            {"make":123}                        | make: must be text
            {"make":["Honda"]}                  | make: must be text
            {"fullTank":"yes"}                  | fullTank: must be true or false
            {"fullTank":1}                      | fullTank: must be true or false
            {"cost":"79.90"}                    | cost: must be a number
            {"date":"+999999999-12-31"}         |
            {"date":"1000-01-01"}               |
            {"date":"+9999999999-12-31"}        | date: must be a date like 2024-05-31
            {"date":"2024-02-30"}               | date: must be a date like 2024-05-31
            {"date":20240531}                   | date: must be a date like 2024-05-31
            {"expiresAt":"tomorrow"}            | expiresAt: must be an instant like 2024-05-31T12:00:00Z
            {"fuel":"KEROSENE"}                 | fuel: must be one of GASOLINE, DIESEL
            {"fuel":"diesel"}                   | fuel: must be one of GASOLINE, DIESEL
            {"tags":"a b"}                      | tags: must be a list
            {"tags":["a",1]}                    | tags[1]: must be text
            {"ids":[1,2.5]}                     | ids[1]: must be a whole number
            {"extraFields":{"Octane":95,"Price":1.859}} |
            {"extraFields":{"Octane":true}}     | extraFields.Octane: must be text
            {"extraFields":{"Octane":[95]}}     | extraFields.Octane: must be text
            {"extraFields":[]}                  | extraFields: must be an object
            {"inner":{"count":true}}            | inner.count: must be a whole number
            {"year":"x","make":1}               | year: must be a whole number; make: must be text
            [1,2]                               | body: must be an object
            """)
    void namesEveryFieldOfTheWrongShape(String json, String expected) {
        List<FieldError> errors = JsonShape.check(Json.createReader(new StringReader(json)).readValue(), Sample.class);
        assertEquals(expected == null ? "" : expected,
                errors.stream().map(e -> e.field() + ": " + e.message()).collect(Collectors.joining("; ")));
    }
}
