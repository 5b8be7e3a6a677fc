package com.motovaultpro.maintenance;

import com.motovaultpro.logbook.LogbookRecord;
import com.motovaultpro.logbook.VehicleUseRecord;
import com.motovaultpro.platform.validation.PlainText;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Work on the vehicle: scheduled service, corrective repair or upgrade. The three share their
 * shape; the subclass says which kind it is.
 */
@Entity
public abstract class MaintenanceRecord extends VehicleUseRecord {

    private static final long serialVersionUID = 1L;

    @NotBlank(message = "{maintenance.description.required}")
    @Size(max = 500, message = "{field.maxLength}")
    @PlainText
    @Column(length = 500)
    private String description;

    /** Supplies this new record uses up (taken from stock when it is saved; never stored here). */
    @jakarta.persistence.Transient
    private transient java.util.List<SupplyUse> suppliesUsed = java.util.List.of();

    public abstract MaintenanceKind kind();

    public java.util.List<SupplyUse> getSuppliesUsed() {
        return suppliesUsed;
    }

    public void setSuppliesUsed(java.util.List<SupplyUse> suppliesUsed) {
        this.suppliesUsed = suppliesUsed == null ? java.util.List.of() : java.util.List.copyOf(suppliesUsed);
    }

    @Override
    protected void copyDetailsFrom(LogbookRecord other) {
        super.copyDetailsFrom(other);
        MaintenanceRecord work = (MaintenanceRecord) other;
        description = work.description;
        suppliesUsed = work.suppliesUsed;
    }

    @Override
    protected void normalize() {
        super.normalize();
        description = description == null ? null : description.strip();
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }
}
