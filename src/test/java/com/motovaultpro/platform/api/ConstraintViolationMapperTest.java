package com.motovaultpro.platform.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.motovaultpro.platform.web.ProblemDetail;
import com.motovaultpro.vehicle.Vehicle;
import com.motovaultpro.vehicle.VehicleFixtures;
import com.motovaultpro.vehicle.VehicleRequest;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.RuntimeDelegate;
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

    @Test
    void answersWithAValidationProblemListingEachFieldSorted() {
        assumeTrue(jaxRsRuntimeAvailable(), "no JAX-RS RuntimeDelegate on the test classpath to build a Response");

        Response response = new ConstraintViolationMapper()
                .toResponse(new ConstraintViolationException(VALIDATOR.validate(badVehicle())));

        assertEquals(400, response.getStatus());
        assertEquals(ProblemDetail.MEDIA_TYPE, response.getMediaType().toString());
        ProblemDetail problem = (ProblemDetail) response.getEntity();
        assertEquals("urn:motovaultpro:problem:validation", problem.type());
        assertEquals(400, problem.status());
        assertEquals(BAD_FIELDS, problem.errors().stream().map(ProblemDetail.FieldError::field).toList());
        assertTrue(problem.errors().stream().noneMatch(e -> e.message().startsWith("{")), problem.errors()::toString);
    }

    private static Vehicle withYear(int year) {
        Vehicle v = VehicleFixtures.valid();
        v.setYear(year);
        return v;
    }

    private static boolean jaxRsRuntimeAvailable() {
        try {
            return RuntimeDelegate.getInstance() != null;
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }
}
