package com.motovaultpro.vehicle.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A unit liquid fuel is bought in (litres or gallons), not kWh. */
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.RECORD_COMPONENT, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = LiquidVolumeValidator.class)
public @interface LiquidVolume {
    String message() default "{vehicle.fuelVolumeUnit.liquid}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
