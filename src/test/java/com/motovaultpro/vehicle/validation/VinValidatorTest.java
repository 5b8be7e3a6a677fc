package com.motovaultpro.vehicle.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.motovaultpro.vehicle.VehicleFixtures;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The VIN is optional, and a bad one names the rule it broke: format or check digit. */
class VinValidatorTest {

    private static final Validator VALIDATOR = VehicleFixtures.validator(Locale.ROOT);

    record Form(@ValidVin String vin) {
    }

    @ParameterizedTest(name = "''{0}'' -> {1}")
    @CsvSource(value = {
            "NULL,                    NONE",
            "'',                      NONE",
            "'   ',                   NONE",
            "1HGCM82633A004352,       NONE",
            "' 1hgcm82633a004352 ',   NONE",
            "1M8GDM9AXKP042788,       NONE",
            "1HGCM82643A004352,       {vehicle.vin.checkDigit}",
            "wp0zzz99zts392124,       NONE",
            "LRW3E7FA2MC123456,       {vehicle.vin.checkDigit}",
            "WP0ZZZ99OTS392124,       {vehicle.vin.format}",
            "1m8gdm9a1kp042788,       {vehicle.vin.checkDigit}",
            "1HGCM82633A00435,        {vehicle.vin.format}",
            "1HGCM82633A0043521,      {vehicle.vin.format}",
            "1HGCM82O33A004352,       {vehicle.vin.format}",
            "1HGCM-2633A004352,       {vehicle.vin.format}",
    }, nullValues = "NULL")
    void reportsWhichRuleFailed(String vin, String expectedTemplate) {
        Set<String> templates = VALIDATOR.validate(new Form(vin)).stream()
                .map(ConstraintViolation::getMessageTemplate)
                .collect(Collectors.toSet());

        assertEquals(expectedTemplate.equals("NONE") ? Set.of() : Set.of(expectedTemplate), templates);
    }
}
