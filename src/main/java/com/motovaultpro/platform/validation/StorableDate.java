package com.motovaultpro.platform.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A date between 1886-01-01 (the first automobile) and 9999-12-31. */
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.RECORD_COMPONENT, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = StorableDateValidator.class)
public @interface StorableDate {
    String message() default "{field.dateRange}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
