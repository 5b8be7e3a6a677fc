package com.motovaultpro.logbook.validation;

import com.motovaultpro.logbook.OdometerPlausibility;
import com.motovaultpro.logbook.RecordContext;
import com.motovaultpro.logbook.VehicleUseRecord;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.math.BigDecimal;
import java.util.Optional;

/** Checks {@link OdometerPlausible}; the message ends with the distance a day and the earlier reading's date. */
public class OdometerPlausibleValidator implements ConstraintValidator<OdometerPlausible, VehicleUseRecord> {

    @Override
    public boolean isValid(VehicleUseRecord record, ConstraintValidatorContext context) {
        if (record == null || record.getOdometer() == null || record.getDate() == null
                || record.isHighOdometerConfirmed() || record.context().isEmpty()) {
            return true;
        }
        RecordContext known = record.context().get();
        if (known.highestEarlierReading().isEmpty() || known.dailyDistance().isEmpty()) {
            return true;
        }
        RecordContext.EarlierReading earlier = known.highestEarlierReading().get();
        RecordContext.DailyDistance daily = known.dailyDistance().get();
        Optional<BigDecimal> perDay = OdometerPlausibility.implausibleDailyDistance(record.getOdometer(),
                record.getDate(), earlier, daily.recentAverage(), daily.unit());
        if (perDay.isEmpty()) {
            return true;
        }
        // The message key, then the figures as literal text (digits and dashes only).
        String template = context.getDefaultConstraintMessageTemplate() + " (" + perDay.get().toPlainString() + ", "
                + earlier.date() + ")";
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(template).addPropertyNode("odometer").addConstraintViolation();
        return false;
    }
}
