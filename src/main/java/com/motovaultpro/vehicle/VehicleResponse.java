package com.motovaultpro.vehicle;

import com.motovaultpro.platform.units.DistanceUnit;
import com.motovaultpro.platform.units.VolumeUnit;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/** A vehicle as the API returns it. */
public record VehicleResponse(long id, String identifier, Integer year, String make, String model, String trim,
                              String licensePlate, String vin, LocalDate purchaseDate, BigDecimal purchasePrice,
                              LocalDate soldDate, BigDecimal soldPrice, BigDecimal currentValue, FuelType fuelType,
                              FuelType secondaryFuelType, DistanceUnit odometerUnit, VolumeUnit fuelVolumeUnit,
                              BigDecimal odometerMultiplier, BigDecimal odometerOffset, BigDecimal currentOdometer,
                              String notes, boolean sold, boolean recordsReadOnly, VehicleRole role, Instant createdAt, Instant updatedAt, long version) {

    /**
     * {@code role}: the caller's role on the vehicle (OWNER, MANAGER, EDITOR or VIEWER);
     * {@code recordsReadOnly}: sold, and its records not reopened by a manager.
     */
    static VehicleResponse of(VehicleAccess access, Optional<BigDecimal> highestReading) {
        Vehicle v = access.vehicle();
        return new VehicleResponse(v.getId(), v.getIdentifier(), v.getYear(), v.getMake(), v.getModel(), v.getTrim(),
                v.getLicensePlate(), v.getVin(), v.getPurchaseDate(), v.getPurchasePrice(), v.getSoldDate(),
                v.getSoldPrice(), v.getCurrentValue(), v.getFuelType(), v.getSecondaryFuelType(), v.getOdometerUnit(),
                v.getFuelVolumeUnit(), v.getOdometerMultiplier(), v.getOdometerOffset(),
                CurrentOdometer.of(highestReading, v.getOdometerMultiplier(), v.getOdometerOffset()).orElse(null),
                v.getNotes(), v.isSold(), v.isReadOnly(), access.role(), v.getCreatedAt(), v.getUpdatedAt(), v.getVersion());
    }
}
