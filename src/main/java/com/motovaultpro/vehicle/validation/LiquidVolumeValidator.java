package com.motovaultpro.vehicle.validation;

import com.motovaultpro.platform.units.VolumeUnit;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link LiquidVolume}. */
public class LiquidVolumeValidator implements ConstraintValidator<LiquidVolume, VolumeUnit> {

    @Override
    public boolean isValid(VolumeUnit value, ConstraintValidatorContext context) {
        return value == null || !value.isElectric();
    }
}
