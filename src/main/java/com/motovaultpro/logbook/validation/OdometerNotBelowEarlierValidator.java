package com.motovaultpro.logbook.validation;

import com.motovaultpro.logbook.RecordContext;
import com.motovaultpro.logbook.VehicleUseRecord;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link OdometerNotBelowEarlier}; the message ends with the earlier reading and its date. */
public class OdometerNotBelowEarlierValidator implements ConstraintValidator<OdometerNotBelowEarlier, VehicleUseRecord> {

    @Override
    public boolean isValid(VehicleUseRecord record, ConstraintValidatorContext context) {
        if (record == null || record.getOdometer() == null || record.isLowerOdometerConfirmed()
                || record.context().isEmpty()) {
            return true;
        }
        var earlier = record.context().flatMap(RecordContext::highestEarlierReading);
        if (earlier.isEmpty() || record.getOdometer().compareTo(earlier.get().odometer()) >= 0) {
            return true;
        }
        // The message key, then the earlier reading as literal text (digits and dashes only).
        String template = context.getDefaultConstraintMessageTemplate() + " ("
                + earlier.get().odometer().stripTrailingZeros().toPlainString() + ", " + earlier.get().date() + ")";
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(template).addPropertyNode("odometer").addConstraintViolation();
        return false;
    }
}
