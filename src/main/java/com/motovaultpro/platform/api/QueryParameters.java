package com.motovaultpro.platform.api;

import com.motovaultpro.platform.validation.DecimalText;
import com.motovaultpro.platform.validation.StorableDateValidator;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;

/**
 * Parsing of query parameters that every list and report shares; a bad value is a 400 naming it
 * (JAX-RS itself would answer 404 for a number it cannot convert, and wrap around on overflow).
 */
public final class QueryParameters {

    private QueryParameters() {
    }

    /** An ISO date (blank or missing: empty); anything else is an {@link InvalidParameterException}. */
    public static Optional<LocalDate> date(String name, String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            LocalDate date = LocalDate.parse(value.strip());
            if (!StorableDateValidator.storable(date)) {
                throw new InvalidParameterException(name, "must be a date between 1886-01-01 and 9999-12-31");
            }
            return Optional.of(date);
        } catch (DateTimeParseException e) {
            throw new InvalidParameterException(name, "must be a date like 2024-05-31");
        }
    }

    /** A whole number from {@code min} to {@code max} (blank or missing: empty), else a 400 naming it. */
    public static Optional<Integer> whole(String name, String value, int min, int max) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        Optional<Long> number = DecimalText.parseWhole(value.strip());
        if (number.isEmpty() || number.get() < min || number.get() > max) {
            throw new InvalidParameterException(name, "must be a whole number from " + min + " to " + max);
        }
        return Optional.of(number.get().intValue());
    }

    /** The id of something (a positive whole number; blank or missing: empty), else a 400 naming it. */
    public static Optional<Long> id(String name, String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        Optional<Long> number = DecimalText.parseWhole(value.strip());
        if (number.isEmpty() || number.get() < 1) {
            throw new InvalidParameterException(name, "must be the id of a record (a whole number from 1)");
        }
        return number;
    }

    /**
     * One of {@code choices} in any case (blank or missing: empty), lower-cased, else a 400 naming
     * them. A flag is {@code oneOf(name, value, "true", "false")}: strictly, so that a typo is never
     * taken for the default.
     */
    public static Optional<String> oneOf(String name, String value, String... choices) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String chosen = value.strip().toLowerCase(Locale.ROOT);
        for (String choice : choices) {
            if (choice.equals(chosen)) {
                return Optional.of(chosen);
            }
        }
        throw new InvalidParameterException(name, "must be one of " + String.join(", ", choices));
    }
}
