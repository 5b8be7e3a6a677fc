package com.motovaultpro.vehicle.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A model year between 1886 (the first automobile) and next year. */
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.RECORD_COMPONENT, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = ModelYearValidator.class)
public @interface ModelYear {
    String message() default "{vehicle.year.range}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
