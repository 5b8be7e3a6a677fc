package com.motovaultpro.vehicle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Year;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each vehicle rule is reported on the property the user must fix, with a resolved message. */
class VehicleValidationTest {

    private static final Validator ENGLISH = VehicleFixtures.validator(Locale.ROOT);
    private static final Validator GERMAN = VehicleFixtures.validator(Locale.GERMAN);

    static Stream<Arguments> brokenRules() {
        return Stream.of(
                broken("sold before bought", v -> v.setSoldDate(v.getPurchaseDate().minusDays(1)),
                        "soldDate", "vehicle.soldDate.beforePurchase"),
                broken("VIN check digit", v -> v.setVin("1HGCM82643A004352"), "vin", "vehicle.vin.checkDigit"),
                broken("VIN with O", v -> v.setVin("1HGCM82O33A004352"), "vin", "vehicle.vin.format"),
                broken("year missing", v -> v.setYear(null), "year", "vehicle.year.required"),
                broken("year before 1886", v -> v.setYear(1885), "year", "vehicle.year.range"),
                broken("year after next", v -> v.setYear(Year.now().getValue() + 2), "year", "vehicle.year.range"),
                broken("make blank", v -> v.setMake("  "), "make", "vehicle.make.required"),
                broken("make too long", v -> v.setMake("M".repeat(61)), "make", "field.maxLength"),
                broken("model missing", v -> v.setModel(null), "model", "vehicle.model.required"),
                broken("plate too long", v -> v.setLicensePlate("P".repeat(21)), "licensePlate", "field.maxLength"),
                broken("fuel type missing", v -> v.setFuelType(null), "fuelType", "vehicle.fuelType.required"),
                broken("odometer unit missing", v -> v.setOdometerUnit(null), "odometerUnit",
                        "vehicle.odometerUnit.required"),
                broken("negative price", v -> v.setPurchasePrice(new BigDecimal("-0.01")), "purchasePrice",
                        "money.notNegative"),
                broken("price with 3 decimals", v -> v.setPurchasePrice(new BigDecimal("4500.125")), "purchasePrice",
                        "money.digits"),
                broken("sold price 11 digits", v -> v.setSoldPrice(new BigDecimal("12345678901")), "soldPrice",
                        "money.digits"),
                broken("notes too long", v -> v.setNotes("n".repeat(10_001)), "notes", "field.maxLength"));
    }

    private static Arguments broken(String rule, Consumer<Vehicle> breakIt, String path, String messageKey) {
        return Arguments.of(rule, breakIt, path, messageKey);
    }

    @ParameterizedTest(name = "{0} -> {2}")
    @MethodSource("brokenRules")
    void reportsTheBrokenRuleOnItsProperty(String rule, Consumer<Vehicle> breakIt, String path, String messageKey) {
        Vehicle vehicle = VehicleFixtures.valid();
        breakIt.accept(vehicle);

        Set<ConstraintViolation<Vehicle>> violations = ENGLISH.validate(vehicle);

        assertEquals(1, violations.size(), () -> rule + ": " + violations);
        ConstraintViolation<Vehicle> violation = violations.iterator().next();
        assertEquals(path, violation.getPropertyPath().toString());
        assertEquals("{" + messageKey + "}", violation.getMessageTemplate());
        assertEquals(resolved("ValidationMessages.properties", messageKey, violation), violation.getMessage());
    }

    @ParameterizedTest(name = "{0} in German")
    @MethodSource("brokenRules")
    void messagesResolveInGerman(String rule, Consumer<Vehicle> breakIt, String path, String messageKey) {
        Vehicle vehicle = VehicleFixtures.valid();
        breakIt.accept(vehicle);

        ConstraintViolation<Vehicle> violation = GERMAN.validate(vehicle).iterator().next();

        assertEquals(resolved("ValidationMessages_de.properties", messageKey, violation), violation.getMessage());
    }

    @Test
    void boundaryValuesAreValid() {
        Vehicle vehicle = VehicleFixtures.valid();
        vehicle.setYear(1886);
        vehicle.setMake("M".repeat(60));
        vehicle.setVin(null);
        vehicle.setPurchasePrice(new BigDecimal("0.00"));
        vehicle.setSoldDate(vehicle.getPurchaseDate());
        vehicle.setSoldPrice(new BigDecimal("9999999999.99"));

        assertTrue(ENGLISH.validate(vehicle).isEmpty());
    }

    @Test
    void fixtureIsValid() {
        assertTrue(ENGLISH.validate(VehicleFixtures.valid()).isEmpty());
    }

    /** The bundle text with the constraint's {attribute} placeholders filled in, as the user sees it. */
    private static String resolved(String bundle, String key, ConstraintViolation<?> violation) {
        Properties messages = new Properties();
        try (InputStream in = VehicleValidationTest.class.getResourceAsStream("/" + bundle)) {
            messages.load(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        String text = messages.getProperty(key);
        assertTrue(text != null, () -> key + " missing from " + bundle);
        for (var attribute : violation.getConstraintDescriptor().getAttributes().entrySet()) {
            text = text.replace("{" + attribute.getKey() + "}", String.valueOf(attribute.getValue()));
        }
        assertTrue(!text.contains("{"), () -> "unresolved placeholder in " + key);
        return text;
    }
}
