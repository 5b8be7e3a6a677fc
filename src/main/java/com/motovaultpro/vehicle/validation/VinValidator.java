package com.motovaultpro.vehicle.validation;

import com.motovaultpro.vin.Vin;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Tells the user which VIN rule failed: length/characters or the check digit. */
public class VinValidator implements ConstraintValidator<ValidVin, String> {

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        String vin = Vin.normalize(value);
        if (vin == null || Vin.isValid(vin)) {
            return true;
        }
        String template = Vin.hasValidCharacters(vin) ? "{vehicle.vin.checkDigit}" : "{vehicle.vin.format}";
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(template).addConstraintViolation();
        return false;
    }
}
