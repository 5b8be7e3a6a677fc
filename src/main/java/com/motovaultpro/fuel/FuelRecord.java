package com.motovaultpro.fuel;

import com.motovaultpro.logbook.LogbookRecord;
import com.motovaultpro.logbook.HasQuantity;
import com.motovaultpro.logbook.VehicleUseRecord;
import com.motovaultpro.logbook.validation.FuelOfVehicle;
import com.motovaultpro.vehicle.FuelType;
import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;

/** A fill-up or charge: how much went in (litres, gallons or kWh), whether to full, and what for. */
@Entity
@DiscriminatorValue("FUEL")
@FuelOfVehicle
public class FuelRecord extends VehicleUseRecord implements HasQuantity {

    private static final long serialVersionUID = 1L;

    @NotNull(message = "{fuel.quantity.required}")
    @DecimalMin(value = "0", message = "{fuel.quantity.notNegative}")
    @Digits(integer = 9, fraction = 3, message = "{fuel.quantity.digits}")
    @Column(precision = 12, scale = 3)
    private BigDecimal quantity;

    /** For a dual-fuel vehicle: which of its fuels; null means its primary fuel. */
    @Enumerated(EnumType.STRING)
    @Column(name = "fuel_type", length = 16)
    private FuelType fuelType;

    @Column(name = "full_tank")
    private boolean fullTank = true;

    @Column(name = "missed_previous")
    private boolean missedPrevious;

    @Override
    protected void copyDetailsFrom(LogbookRecord other) {
        super.copyDetailsFrom(other);
        FuelRecord fuel = (FuelRecord) other;
        quantity = fuel.quantity;
        fuelType = fuel.fuelType;
        fullTank = fuel.fullTank;
        missedPrevious = fuel.missedPrevious;
    }

    public BigDecimal getQuantity() {
        return quantity;
    }

    public void setQuantity(BigDecimal quantity) {
        this.quantity = quantity;
    }

    public FuelType getFuelType() {
        return fuelType;
    }

    public void setFuelType(FuelType fuelType) {
        this.fuelType = fuelType;
    }

    public boolean isFullTank() {
        return fullTank;
    }

    public void setFullTank(boolean fullTank) {
        this.fullTank = fullTank;
    }

    public boolean isMissedPrevious() {
        return missedPrevious;
    }

    public void setMissedPrevious(boolean missedPrevious) {
        this.missedPrevious = missedPrevious;
    }
}
