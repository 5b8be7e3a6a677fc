package com.motovaultpro.vehicle.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A vehicle cannot be sold before it was bought; reported on the sold date field. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = SoldNotBeforePurchaseValidator.class)
public @interface SoldNotBeforePurchase {
    String message() default "{vehicle.soldDate.beforePurchase}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
