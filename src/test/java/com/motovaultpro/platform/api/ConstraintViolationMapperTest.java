package com.motovaultpro.platform.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.motovaultpro.vehicle.Vehicle;
import com.motovaultpro.vehicle.VehicleFixtures;
import com.motovaultpro.vehicle.VehicleRequest;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Invalid fields come back as 400 application/problem+json, one sorted entry per field, named as in the JSON body. */
class ConstraintViolationMapperTest {

    private static final Validator VALIDATOR = VehicleFixtures.validator(Locale.ROOT);
    private static final List<String> BAD_FIELDS = List.of("make", "purchasePrice", "soldDate", "vin", "year");

    /** Breaks five rules at once, including the class-level sold-before-purchase rule. */
    private static Vehicle badVehicle() {
        Vehicle v = VehicleFixtures.valid();
        v.setYear(1885);
        v.setMake(" ");
        v.setVin("1HGCM82643A004352");
        v.setSoldDate(v.getPurchaseDate().minusDays(1));
        v.setPurchasePrice(new BigDecimal("-1"));
        return v;
    }

    @Test
    void fieldNamesAreTheJsonPropertyNames() {
        Set<String> requestProperties = Arrays.stream(VehicleRequest.class.getRecordComponents())
                .map(RecordComponent::getName).collect(Collectors.toSet());

        Set<String> fields = VALIDATOR.validate(badVehicle()).stream()
                .map(ConstraintViolationMapper::fieldName).collect(Collectors.toSet());

        assertEquals(Set.copyOf(BAD_FIELDS), fields);
        assertTrue(requestProperties.containsAll(fields), () -> fields + " not all in " + requestProperties);
    }

    record Body(@Valid Vehicle vehicle) {
    }

    @Test
    void nestedPathsAreNamedByTheirLastProperty() {
        ConstraintViolation<Body> violation = VALIDATOR.validate(new Body(withYear(1885))).iterator().next();

        assertEquals("vehicle.year", violation.getPropertyPath().toString());
        assertEquals("year", ConstraintViolationMapper.fieldName(violation));
    }

    // The HTTP side (400, application/problem+json, fields sorted) needs a JAX-RS runtime; it is
    // asserted against the real server in VehicleApiIT.invalidVehicleIsRejectedFieldByFieldAndNothingIsStored.

    private static Vehicle withYear(int year) {
        Vehicle v = VehicleFixtures.valid();
        v.setYear(year);
        return v;
    }
}
