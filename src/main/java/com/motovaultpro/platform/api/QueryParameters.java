package com.motovaultpro.platform.api;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Parsing of query parameters that every list and report shares; a bad value is a 400 naming it. */
public final class QueryParameters {

    private QueryParameters() {
    }

    /** An ISO date (blank or missing: empty); anything else is an {@link InvalidParameterException}. */
    public static Optional<LocalDate> date(String name, String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(value.strip()));
        } catch (DateTimeParseException e) {
            throw new InvalidParameterException(name, "must be a date like 2024-05-31");
        }
    }
}
