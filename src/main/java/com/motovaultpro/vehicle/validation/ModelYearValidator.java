package com.motovaultpro.vehicle.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.time.Clock;
import java.time.Year;

/** Checks {@link ModelYear}; "next year" moves with the calendar. */
public class ModelYearValidator implements ConstraintValidator<ModelYear, Integer> {

    public static final int FIRST_MODEL_YEAR = 1886;
    private final Clock clock;

    public ModelYearValidator() {
        this(Clock.systemDefaultZone());
    }

    ModelYearValidator(Clock clock) {
        this.clock = clock;
    }

    @Override
    public boolean isValid(Integer year, ConstraintValidatorContext context) {
        return year == null || (year >= FIRST_MODEL_YEAR && year <= Year.now(clock).getValue() + 1);
    }
}
