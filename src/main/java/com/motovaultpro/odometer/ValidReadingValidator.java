package com.motovaultpro.odometer;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link ValidReading}. */
public class ValidReadingValidator implements ConstraintValidator<ValidReading, OdometerRecord> {

    @Override
    public boolean isValid(OdometerRecord reading, ConstraintValidatorContext context) {
        if (reading == null) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        if (reading.getOdometer() == null) {
            context.buildConstraintViolationWithTemplate("{odometer.reading.required}")
                    .addPropertyNode("odometer").addConstraintViolation();
            return false;
        }
        if (reading.getInitialOdometer() != null && reading.getInitialOdometer().compareTo(reading.getOdometer()) > 0) {
            context.buildConstraintViolationWithTemplate("{odometer.initial.aboveEnd}")
                    .addPropertyNode("initialOdometer").addConstraintViolation();
            return false;
        }
        return true;
    }
}
