package com.motovaultpro.vehicle;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A vehicle as the API returns it. */
public record VehicleResponse(long id, String identifier, Integer year, String make, String model, String trim,
                              String licensePlate, String vin, LocalDate purchaseDate, BigDecimal purchasePrice,
                              LocalDate soldDate, BigDecimal soldPrice, FuelType fuelType,
                              FuelType secondaryFuelType, OdometerUnit odometerUnit, String notes, boolean sold,
                              Instant createdAt, Instant updatedAt, long version) {

    static VehicleResponse of(Vehicle v) {
        return new VehicleResponse(v.getId(), v.getIdentifier(), v.getYear(), v.getMake(), v.getModel(), v.getTrim(),
                v.getLicensePlate(), v.getVin(), v.getPurchaseDate(), v.getPurchasePrice(), v.getSoldDate(),
                v.getSoldPrice(), v.getFuelType(), v.getSecondaryFuelType(), v.getOdometerUnit(), v.getNotes(),
                v.isSold(), v.getCreatedAt(), v.getUpdatedAt(), v.getVersion());
    }
}
