package com.motovaultpro.extrafield;

import com.motovaultpro.platform.validation.DecimalText;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks a record's extra-field values against the fields its owner defined for the record type:
 * required ones present, each value parsing as its type, no value for an unknown field. Values
 * come back in canonical form (trimmed text, plain numbers, ISO dates), blanks dropped.
 */
public final class ExtraFieldRules {

    public static final int MAX_TEXT = 500;

    /** One field as the rules see it. */
    public record Definition(String name, ExtraFieldType type, boolean required) {
    }

    /** A value that cannot be saved: the field and a message key with its argument. */
    public record Problem(String field, String messageKey, String message) {
    }

    /** The canonical values, or what is wrong with them. */
    public record Outcome(Map<String, String> values, List<Problem> problems) {

        public boolean valid() {
            return problems.isEmpty();
        }
    }

    private ExtraFieldRules() {
    }

    public static Outcome check(List<Definition> definitions, Map<String, String> values) {
        Map<String, String> given = values == null ? Map.of() : values;
        Map<String, String> canonical = new LinkedHashMap<>();
        List<Problem> problems = new ArrayList<>();
        for (String name : given.keySet()) {
            if (definitions.stream().noneMatch(d -> d.name().equals(name))) {
                problems.add(new Problem(name, "extraField.unknown", "there is no extra field '" + name + "' for this record type"));
            }
        }
        for (Definition field : definitions) {
            String raw = given.get(field.name());
            String value = raw == null ? "" : raw.strip();
            if (value.isEmpty()) {
                if (field.required()) {
                    problems.add(new Problem(field.name(), "extraField.required", "is required"));
                }
                continue;
            }
            try {
                canonical.put(field.name(), canonical(field.type(), value));
            } catch (IllegalArgumentException | DateTimeParseException | ArithmeticException e) {
                problems.add(new Problem(field.name(), "extraField.invalid." + field.type(), invalid(field.type())));
            }
        }
        return new Outcome(canonical, problems);
    }

    private static String canonical(ExtraFieldType type, String value) {
        return switch (type) {
            case TEXT -> {
                if (value.length() > MAX_TEXT || value.chars().anyMatch(c -> Character.isISOControl(c))) {
                    throw new IllegalArgumentException("text");
                }
                yield value;
            }
            case NUMBER -> {
                BigDecimal number = DecimalText.parse(value).orElseThrow(() -> new IllegalArgumentException("number"));
                if (number.precision() - number.scale() > 18) {
                    throw new IllegalArgumentException("digits");
                }
                yield number.toBigIntegerExact().toString();
            }
            case DECIMAL -> {
                BigDecimal number = DecimalText.parse(value.replace(',', '.'))
                        .orElseThrow(() -> new IllegalArgumentException("number"));
                if (number.precision() - number.scale() > 15 || number.scale() > 6) {
                    throw new IllegalArgumentException("digits");
                }
                yield number.stripTrailingZeros().toPlainString();
            }
            case DATE -> LocalDate.parse(value).toString();
        };
    }

    private static String invalid(ExtraFieldType type) {
        return switch (type) {
            case TEXT -> "must be one line of at most " + MAX_TEXT + " characters";
            case NUMBER -> "must be a whole number of at most 18 digits";
            case DECIMAL -> "must be a number (at most 15 digits before and 6 after the decimal point)";
            case DATE -> "must be a date as YYYY-MM-DD";
        };
    }
}
