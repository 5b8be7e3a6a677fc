package com.motovaultpro.logbook.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A fill-up's fuel is one the vehicle runs on (reported on the fuel type field). */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = FuelOfVehicleValidator.class)
public @interface FuelOfVehicle {
    String message() default "{fuel.fuelType.notOfVehicle}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
