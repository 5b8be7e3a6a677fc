package com.motovaultpro.extrafield;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Extra-field values against their definitions: canonical values or a problem per field. */
class ExtraFieldRulesTest {

    private static final List<ExtraFieldRules.Definition> FIELDS = List.of(
            new ExtraFieldRules.Definition("Station", ExtraFieldType.TEXT, false),
            new ExtraFieldRules.Definition("Octane", ExtraFieldType.NUMBER, true),
            new ExtraFieldRules.Definition("Price per litre", ExtraFieldType.DECIMAL, false),
            new ExtraFieldRules.Definition("Warranty until", ExtraFieldType.DATE, false));

    @ParameterizedTest(name = "{0} = ''{1}'' -> ''{2}'' / {3}")
    @CsvSource(delimiter = '|', textBlock = """
            Octane          | 95           | 95          |
            Octane          | ' 98 '       | 98          |
            Octane          | 95.0         | 95          |
            Octane          | 95.5         |             | extraField.invalid.NUMBER
            Octane          | ninety       |             | extraField.invalid.NUMBER
            Octane          | ''           |             | extraField.required
            Price per litre | 1,859        | 1.859       |
            Price per litre | 1.8590       | 1.859       |
            Price per litre | 2            | 2           |
            Price per litre | 1e3          | 1000        |
            Price per litre | 1e1000000    |             | extraField.invalid.DECIMAL
            Octane          | 1e1000000    |             | extraField.invalid.NUMBER
            Octane          | 1e99         |             | extraField.invalid.NUMBER
            Octane          | 1e18         |             | extraField.invalid.NUMBER
            Octane          | 1e17         | 100000000000000000 |
            Price per litre | 0.1234567    |             | extraField.invalid.DECIMAL
            Price per litre | abc          |             | extraField.invalid.DECIMAL
            Warranty until  | 2026-02-28   | 2026-02-28  |
            Warranty until  | 2026-02-30   |             | extraField.invalid.DATE
            Warranty until  | 28.02.2026   |             | extraField.invalid.DATE
            Station         | '  Shell '   | Shell       |
            Station         | ''           |             |
            Nickname        | Bob          |             | extraField.unknown
            """)
    void checksEachValue(String field, String value, String expected, String problem) {
        Map<String, String> values = new HashMap<>();
        values.put("Octane", "95");
        values.put(field, value);
        ExtraFieldRules.Outcome outcome = ExtraFieldRules.check(FIELDS, values);
        List<String> problems = outcome.problems().stream().map(ExtraFieldRules.Problem::messageKey).toList();
        assertEquals(problem == null ? List.of() : List.of(problem), problems);
        if (problem == null && expected != null) {
            assertEquals(expected, outcome.values().get(field));
        }
        if (problem == null && expected == null) {
            assertEquals(false, outcome.values().containsKey(field), "blank values are dropped");
        }
    }

    @ParameterizedTest(name = "text of {0} characters valid: {1}")
    @CsvSource(textBlock = """
            500, true
            501, false
            """)
    void textHasALimit(int length, boolean valid) {
        ExtraFieldRules.Outcome outcome = ExtraFieldRules.check(FIELDS, Map.of("Octane", "95", "Station", "x".repeat(length)));
        assertEquals(valid, outcome.valid());
    }

    @ParameterizedTest(name = "{0} digits of {1} refused")
    @CsvSource(textBlock = """
            1000000, Octane
            1000000, Price per litre
            200000, Octane
            41, Octane
            """)
    void hostileNumbersAreRefusedWithoutBeingParsed(int digits, String field) {
        Map<String, String> values = new HashMap<>(Map.of("Octane", "95"));
        values.put(field, "9".repeat(digits));
        ExtraFieldRules.Outcome outcome = ExtraFieldRules.check(FIELDS, values);
        assertEquals(List.of("extraField.invalid." + (field.equals("Octane") ? "NUMBER" : "DECIMAL")),
                outcome.problems().stream().map(ExtraFieldRules.Problem::messageKey).toList());
    }

    @Test
    void noValuesAtAllOnlyMissTheRequiredOnes() {
        assertEquals(List.of("Octane"), ExtraFieldRules.check(FIELDS, null).problems().stream()
                .map(ExtraFieldRules.Problem::field).toList());
        assertEquals(true, ExtraFieldRules.check(List.of(), Map.of()).valid());
    }
}
