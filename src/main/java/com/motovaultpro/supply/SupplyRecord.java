package com.motovaultpro.supply;

import com.motovaultpro.logbook.CostedRecord;
import com.motovaultpro.logbook.HasQuantity;
import com.motovaultpro.logbook.LogbookRecord;
import com.motovaultpro.platform.validation.PlainText;
import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/**
 * A part or consumable bought: for one vehicle, or a shop supply (the user's, for any of their
 * vehicles). Quantity and cost are what is left in stock; services, repairs and upgrades that use
 * it take from both (see {@link SupplyConsumption}).
 */
@Entity
@DiscriminatorValue("SUPPLY")
public class SupplyRecord extends CostedRecord implements HasQuantity {

    private static final long serialVersionUID = 1L;

    @NotBlank(message = "{supply.description.required}")
    @Size(max = 500, message = "{field.maxLength}")
    @PlainText
    @Column(length = 500)
    private String description;

    @Size(max = 100, message = "{field.maxLength}")
    @PlainText
    @Column(name = "part_number", length = 100)
    private String partNumber;

    @Size(max = 200, message = "{field.maxLength}")
    @PlainText
    @Column(length = 200)
    private String supplier;

    @NotNull(message = "{supply.quantity.required}")
    @DecimalMin(value = "0", message = "{supply.quantity.notNegative}")
    @Digits(integer = 9, fraction = 3, message = "{supply.quantity.digits}")
    @Column(precision = 12, scale = 3)
    private BigDecimal quantity;

    @Override
    protected void copyDetailsFrom(LogbookRecord other) {
        super.copyDetailsFrom(other);
        SupplyRecord supply = (SupplyRecord) other;
        description = supply.description;
        partNumber = supply.partNumber;
        supplier = supply.supplier;
        quantity = supply.quantity;
    }

    @Override
    protected void normalize() {
        super.normalize();
        description = description == null ? null : description.strip();
        partNumber = partNumber == null || partNumber.isBlank() ? null : partNumber.strip();
        supplier = supplier == null || supplier.isBlank() ? null : supplier.strip();
    }

    /** Takes {@code used} out of stock; returns what that part cost. */
    BigDecimal use(BigDecimal used) {
        SupplyConsumption consumption = SupplyConsumption.consume(quantity, getCost(), used);
        quantity = consumption.remainingQuantity();
        setCost(consumption.remainingCost());
        return consumption.usedCost();
    }

    public boolean isShopSupply() {
        return getVehicleId() == null;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getPartNumber() {
        return partNumber;
    }

    public void setPartNumber(String partNumber) {
        this.partNumber = partNumber;
    }

    public String getSupplier() {
        return supplier;
    }

    public void setSupplier(String supplier) {
        this.supplier = supplier;
    }

    @Override
    public BigDecimal getQuantity() {
        return quantity;
    }

    public void setQuantity(BigDecimal quantity) {
        this.quantity = quantity;
    }
}
