package com.motovaultpro.vehicle;

import com.motovaultpro.platform.units.DistanceUnit;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import org.hibernate.validator.HibernateValidator;

/** Shared test data: a vehicle that passes every rule, and a real Bean Validation validator. */
public final class VehicleFixtures {

    private VehicleFixtures() {
    }

    /** A complete, valid vehicle; tests break exactly one rule at a time. */
    public static Vehicle valid() {
        Vehicle v = new Vehicle();
        v.setYear(2003);
        v.setMake("Honda");
        v.setModel("Accord");
        v.setTrim("EX");
        v.setLicensePlate("B-MV 123");
        v.setVin("1HGCM82633A004352");
        v.setPurchaseDate(LocalDate.of(2010, 5, 1));
        v.setPurchasePrice(new BigDecimal("4500.00"));
        v.setFuelType(FuelType.GASOLINE);
        v.setOdometerUnit(DistanceUnit.KILOMETERS);
        return v;
    }

    /**
     * Hibernate Validator resolving messages for {@code locale}. Locale.ROOT selects the base
     * (English) bundle whatever the JVM's default locale is.
     */
    public static Validator validator(Locale locale) {
        return Validation.byProvider(HibernateValidator.class).configure()
                .defaultLocale(locale)
                .buildValidatorFactory()
                .getValidator();
    }
}
