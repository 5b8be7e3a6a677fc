package com.motovaultpro.logbook.validation;

import com.motovaultpro.fuel.FuelRecord;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link FuelOfVehicle}. */
public class FuelOfVehicleValidator implements ConstraintValidator<FuelOfVehicle, FuelRecord> {

    @Override
    public boolean isValid(FuelRecord record, ConstraintValidatorContext context) {
        if (record == null || record.getFuelType() == null || record.context().isEmpty()
                || record.context().get().vehicleFuels().contains(record.getFuelType())) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                .addPropertyNode("fuelType").addConstraintViolation();
        return false;
    }
}
