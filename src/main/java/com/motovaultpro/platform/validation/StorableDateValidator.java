package com.motovaultpro.platform.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.time.LocalDate;

/** Checks {@link StorableDate}: JSON can carry years like +9999999 that no database stores. */
public class StorableDateValidator implements ConstraintValidator<StorableDate, LocalDate> {

    static final LocalDate EARLIEST = LocalDate.of(1886, 1, 1);
    static final LocalDate LATEST = LocalDate.of(9999, 12, 31);

    @Override
    public boolean isValid(LocalDate value, ConstraintValidatorContext context) {
        return value == null || storable(value);
    }

    /** Whether a database column and every report can hold {@code value}. */
    public static boolean storable(LocalDate value) {
        return !value.isBefore(EARLIEST) && !value.isAfter(LATEST);
    }
}
