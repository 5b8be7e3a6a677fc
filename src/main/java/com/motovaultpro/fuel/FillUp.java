package com.motovaultpro.fuel;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One fill-up or charge as the economy rules see it. {@code odometer} null or zero means "not
 * recorded"; {@code quantity} is in the vehicle's volume unit (litres, gallons or kWh);
 * {@code fuelKind} separates the chains of a dual-fuel vehicle (null: the vehicle's only fuel).
 */
public record FillUp(long id, LocalDate date, BigDecimal odometer, BigDecimal quantity, boolean fullTank,
                     boolean missedPrevious, String fuelKind) {

    public FillUp {
        Objects.requireNonNull(date, "date");
        quantity = quantity == null ? BigDecimal.ZERO : quantity;
    }

    /** As loaded from the database: the fuel kind is the record's fuel type, if it has one. */
    public FillUp(long id, LocalDate date, BigDecimal odometer, BigDecimal quantity, boolean fullTank,
                  boolean missedPrevious, com.motovaultpro.vehicle.FuelType fuelType) {
        this(id, date, odometer, quantity, fullTank, missedPrevious, fuelType == null ? null : fuelType.name());
    }

    boolean hasOdometer() {
        return odometer != null && odometer.signum() > 0;
    }
}
