package com.motovaultpro.vehicle.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.motovaultpro.vehicle.Vehicle;
import com.motovaultpro.vehicle.VehicleFixtures;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A vehicle cannot be sold before it was bought; the violation points at soldDate. */
class SoldNotBeforePurchaseValidatorTest {

    private static final Validator VALIDATOR = VehicleFixtures.validator(Locale.ROOT);

    @ParameterizedTest(name = "bought {0}, sold {1}: violation on ''{2}''")
    @CsvSource(value = {
            "2020-05-01, NULL,       NONE",
            "NULL,       2020-05-01, NONE",     // unknown purchase date: nothing to compare
            "NULL,       NULL,       NONE",
            "2020-05-01, 2020-05-01, NONE",     // same day is fine
            "2020-05-01, 2024-01-31, NONE",
            "2020-05-01, 2020-04-30, soldDate",
            "2020-05-01, 1999-01-01, soldDate",
    }, nullValues = "NULL")
    void soldDateMustNotPrecedePurchaseDate(LocalDate purchased, LocalDate sold, String expectedPath) {
        Vehicle vehicle = VehicleFixtures.valid();
        vehicle.setPurchaseDate(purchased);
        vehicle.setSoldDate(sold);

        List<String> paths = VALIDATOR.validate(vehicle).stream()
                .filter(v -> v.getConstraintDescriptor().getAnnotation() instanceof SoldNotBeforePurchase)
                .map(ConstraintViolation::getPropertyPath)
                .map(Object::toString)
                .toList();

        assertEquals(expectedPath.equals("NONE") ? List.of() : List.of(expectedPath), paths);
    }

    @Test
    void nullVehicleIsLeftToNotNull() {
        assertTrue(new SoldNotBeforePurchaseValidator().isValid(null, null));
    }
}
