package com.motovaultpro.logbook.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A reading that implies an implausible distance a day since the vehicle's highest earlier reading
 * ({@link com.motovaultpro.logbook.OdometerPlausibility}) is most likely a typing error: it is
 * refused (on the odometer field) unless the person confirmed it.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = OdometerPlausibleValidator.class)
public @interface OdometerPlausible {
    String message() default "{record.odometer.implausible}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
