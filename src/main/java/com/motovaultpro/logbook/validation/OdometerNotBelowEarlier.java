package com.motovaultpro.logbook.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An odometer reading lower than one recorded on an earlier date is most likely a typing error:
 * it is refused (on the odometer field) unless the person confirmed it.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = OdometerNotBelowEarlierValidator.class)
public @interface OdometerNotBelowEarlier {
    String message() default "{record.odometer.belowEarlier}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
