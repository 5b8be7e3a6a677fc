package com.motovaultpro.odometer;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An odometer reading has an end reading, and its start (if given) is not above the end; each
 * problem is reported on its own field.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = ValidReadingValidator.class)
public @interface ValidReading {
    String message() default "{odometer.reading.invalid}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
