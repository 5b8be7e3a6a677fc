package com.motovaultpro.vehicle;

import com.motovaultpro.platform.units.DistanceUnit;
import com.motovaultpro.platform.units.VolumeUnit;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A vehicle as a client sends it; validation happens on the resulting {@link Vehicle}. */
@Schema(name = "VehicleRequest")
public record VehicleRequest(
        @Schema(required = true, example = "2019") Integer year,
        @Schema(required = true, example = "Honda") String make,
        @Schema(required = true, example = "Accord") String model,
        String trim,
        String licensePlate,
        @Schema(description = "17 characters, no I/O/Q, valid check digit", example = "1HGCM82633A004352") String vin,
        LocalDate purchaseDate,
        BigDecimal purchasePrice,
        LocalDate soldDate,
        BigDecimal soldPrice,
        @Schema(description = "Estimated value today; depreciation while owned = purchase price - this")
        BigDecimal currentValue,
        @Schema(required = true) FuelType fuelType,
        FuelType secondaryFuelType,
        @Schema(required = true) DistanceUnit odometerUnit,
        @Schema(description = "Unit liquid fuel is bought in (default LITRES); electric is always kWh")
        VolumeUnit fuelVolumeUnit,
        @Schema(description = "Current odometer = highest reading x multiplier + offset (default 1)", example = "1")
        BigDecimal odometerMultiplier,
        @Schema(description = "Added to the highest reading (default 0)", example = "0") BigDecimal odometerOffset,
        String notes,
        @Schema(description = "On update: the version last read; the update fails with 409 if it changed since")
        Long version) {

    Vehicle toDetails() {
        Vehicle v = new Vehicle();
        v.setYear(year);
        v.setMake(make);
        v.setModel(model);
        v.setTrim(trim);
        v.setLicensePlate(licensePlate);
        v.setVin(vin);
        v.setPurchaseDate(purchaseDate);
        v.setPurchasePrice(purchasePrice);
        v.setSoldDate(soldDate);
        v.setSoldPrice(soldPrice);
        v.setCurrentValue(currentValue);
        v.setFuelType(fuelType);
        v.setSecondaryFuelType(secondaryFuelType);
        v.setOdometerUnit(odometerUnit);
        v.setFuelVolumeUnit(fuelVolumeUnit == null ? VolumeUnit.LITRES : fuelVolumeUnit);
        v.setOdometerMultiplier(odometerMultiplier == null ? BigDecimal.ONE : odometerMultiplier);
        v.setOdometerOffset(odometerOffset == null ? BigDecimal.ZERO : odometerOffset);
        v.setNotes(notes);
        return v;
    }
}
