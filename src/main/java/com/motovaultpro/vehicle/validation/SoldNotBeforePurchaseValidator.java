package com.motovaultpro.vehicle.validation;

import com.motovaultpro.vehicle.Vehicle;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link SoldNotBeforePurchase} and points the message at {@code soldDate}. */
public class SoldNotBeforePurchaseValidator implements ConstraintValidator<SoldNotBeforePurchase, Vehicle> {

    @Override
    public boolean isValid(Vehicle vehicle, ConstraintValidatorContext context) {
        if (vehicle == null || vehicle.getSoldDate() == null || vehicle.getPurchaseDate() == null
                || !vehicle.getSoldDate().isBefore(vehicle.getPurchaseDate())) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                .addPropertyNode("soldDate").addConstraintViolation();
        return false;
    }
}
