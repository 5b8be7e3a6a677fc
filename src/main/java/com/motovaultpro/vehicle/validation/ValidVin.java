package com.motovaultpro.vehicle.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A VIN, when given, has 17 allowed characters and a correct check digit. */
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.RECORD_COMPONENT, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = VinValidator.class)
public @interface ValidVin {
    String message() default "{vehicle.vin.invalid}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
