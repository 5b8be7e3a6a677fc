package com.motovaultpro.vehicle;

import com.motovaultpro.platform.cache.VehicleScoped;
import com.motovaultpro.platform.units.DistanceUnit;
import com.motovaultpro.platform.units.VolumeUnit;
import com.motovaultpro.vehicle.validation.LiquidVolume;
import com.motovaultpro.vehicle.validation.ModelYear;
import com.motovaultpro.vehicle.validation.SoldNotBeforePurchase;
import com.motovaultpro.vehicle.validation.ValidVin;
import com.motovaultpro.platform.persistence.TrashableEntity;
import com.motovaultpro.platform.validation.PlainText;
import com.motovaultpro.platform.validation.StorableDate;
import com.motovaultpro.vin.Vin;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.annotations.SQLRestriction;

/** A car, motorcycle, truck or machine whose life is kept in MotoVaultPro. */
@Entity
@Table(name = "vehicle")
@SoldNotBeforePurchase
@SQLRestriction("deleted_at IS NULL")
// A vehicle the user owns, or one shared with them that they accepted (with their role). The join
// names the sharing feature's entity by name only, so this package does not depend on it.
@NamedQuery(name = Vehicle.ACCESSIBLE_BY, query = Vehicle.ACCESSIBLE
        + " ORDER BY v.soldDate NULLS FIRST, v.year DESC, v.make, v.model, v.id")
@NamedQuery(name = Vehicle.BY_ID_ACCESSIBLE_BY, query = Vehicle.ACCESSIBLE + " AND v.id = :id")
public class Vehicle extends TrashableEntity implements VehicleScoped {

    public static final String ACCESSIBLE_BY = "Vehicle.accessibleBy";
    public static final String BY_ID_ACCESSIBLE_BY = "Vehicle.byIdAccessibleBy";
    static final String ACCESSIBLE = "SELECT v, s.role FROM Vehicle v LEFT JOIN VehicleShare s"
            + " ON s.vehicleId = v.id AND s.userId = :user AND s.acceptedAt IS NOT NULL"
            + " WHERE (v.ownerId = :user OR s.id IS NOT NULL)";
    private static final long serialVersionUID = 1L;

    @Column(name = "owner_id", nullable = false, updatable = false)
    private Long ownerId;

    @NotNull(message = "{vehicle.year.required}")
    @ModelYear
    @Column(name = "model_year", nullable = false)
    private Integer year;

    @NotBlank(message = "{vehicle.make.required}")
    @Size(max = 60, message = "{field.maxLength}")
    @PlainText
    @Column(nullable = false, length = 60)
    private String make;

    @NotBlank(message = "{vehicle.model.required}")
    @Size(max = 60, message = "{field.maxLength}")
    @PlainText
    @Column(nullable = false, length = 60)
    private String model;

    @Size(max = 60, message = "{field.maxLength}")
    @PlainText
    @Column(name = "trim_level", length = 60)
    private String trim;

    @Size(max = 20, message = "{field.maxLength}")
    @PlainText
    @Column(name = "license_plate", length = 20)
    private String licensePlate;

    @ValidVin
    @Column(length = 17)
    private String vin;

    @StorableDate
    @Column(name = "purchase_date")
    private LocalDate purchaseDate;

    @DecimalMin(value = "0", message = "{money.notNegative}")
    @Digits(integer = 10, fraction = 2, message = "{money.digits}")
    @Column(name = "purchase_price", precision = 12, scale = 2)
    private BigDecimal purchasePrice;

    @StorableDate
    @Column(name = "sold_date")
    private LocalDate soldDate;

    @DecimalMin(value = "0", message = "{money.notNegative}")
    @Digits(integer = 10, fraction = 2, message = "{money.digits}")
    @Column(name = "sold_price", precision = 12, scale = 2)
    private BigDecimal soldPrice;

    /** When a manager reopened the records of this sold vehicle (null: read-only once sold). */
    @Column(name = "records_reopened_at")
    private Instant recordsReopenedAt;

    @Column(name = "records_reopened_by", length = 64)
    private String recordsReopenedBy;

    /** The owner's estimate of what the vehicle is worth today (depreciation while still owned). */
    @DecimalMin(value = "0", message = "{money.notNegative}")
    @Digits(integer = 10, fraction = 2, message = "{money.digits}")
    @Column(name = "current_value", precision = 12, scale = 2)
    private BigDecimal currentValue;

    @NotNull(message = "{vehicle.fuelType.required}")
    @Enumerated(EnumType.STRING)
    @Column(name = "fuel_type", nullable = false, length = 16)
    private FuelType fuelType = FuelType.GASOLINE;

    @Enumerated(EnumType.STRING)
    @Column(name = "secondary_fuel_type", length = 16)
    private FuelType secondaryFuelType;

    @NotNull(message = "{vehicle.odometerUnit.required}")
    @Enumerated(EnumType.STRING)
    @Column(name = "odometer_unit", nullable = false, length = 16)
    private DistanceUnit odometerUnit = DistanceUnit.KILOMETERS;

    /** The unit liquid fuel is bought in; electric charging is always counted in kWh. */
    @NotNull(message = "{vehicle.fuelVolumeUnit.required}")
    @LiquidVolume
    @Enumerated(EnumType.STRING)
    @Column(name = "fuel_volume_unit", nullable = false, length = 16)
    private VolumeUnit fuelVolumeUnit = VolumeUnit.LITRES;

    /** Correction for a replaced instrument cluster (see {@link CurrentOdometer}). */
    @NotNull(message = "{vehicle.odometerMultiplier.required}")
    @DecimalMin(value = "0.0001", message = "{vehicle.odometerMultiplier.positive}")
    @Digits(integer = 4, fraction = 4, message = "{vehicle.odometerMultiplier.digits}")
    @Column(name = "odometer_multiplier", nullable = false, precision = 8, scale = 4)
    private BigDecimal odometerMultiplier = BigDecimal.ONE;

    @NotNull(message = "{vehicle.odometerOffset.required}")
    @Digits(integer = 10, fraction = 2, message = "{record.odometer.digits}")
    @Column(name = "odometer_offset", nullable = false, precision = 12, scale = 2)
    private BigDecimal odometerOffset = BigDecimal.ZERO;

    @Size(max = 10000, message = "{field.maxLength}")
    @PlainText(multiline = true)
    @Column(length = 10000)
    private String notes;

    public Vehicle() {
    }

    /** Copies everything a user edits (never id, owner or audit fields) from {@code other}. */
    void copyDetailsFrom(Vehicle other) {
        year = other.year;
        make = other.make;
        model = other.model;
        trim = other.trim;
        licensePlate = other.licensePlate;
        vin = other.vin;
        purchaseDate = other.purchaseDate;
        purchasePrice = other.purchasePrice;
        soldDate = other.soldDate;
        soldPrice = other.soldPrice;
        currentValue = other.currentValue;
        fuelType = other.fuelType;
        secondaryFuelType = other.secondaryFuelType;
        odometerUnit = other.odometerUnit;
        fuelVolumeUnit = other.fuelVolumeUnit;
        odometerMultiplier = other.odometerMultiplier;
        odometerOffset = other.odometerOffset;
        notes = other.notes;
    }

    /** Blank optional text becomes null and the VIN is upper-cased, so stored data is uniform. */
    void normalize() {
        make = trimmed(make);
        model = trimmed(model);
        trim = blankToNull(trim);
        licensePlate = blankToNull(licensePlate);
        vin = Vin.normalize(vin);
        notes = blankToNull(notes);
        if (secondaryFuelType == fuelType) {
            secondaryFuelType = null;
        }
    }

    /** The unit quantities of {@code fuel} are counted in: kWh for electric, else the liquid unit. */
    public VolumeUnit volumeUnitFor(FuelType fuel) {
        return fuel == FuelType.ELECTRIC ? VolumeUnit.KILOWATT_HOURS : fuelVolumeUnit;
    }

    /** The fuels this vehicle runs on: its primary one, and its second one if it has one. */
    public java.util.List<FuelType> fuels() {
        return secondaryFuelType == null ? java.util.List.of(fuelType) : java.util.List.of(fuelType, secondaryFuelType);
    }

    /** What a tile shows: the plate, else the VIN, else year, make and model. */
    public String getIdentifier() {
        if (licensePlate != null && !licensePlate.isBlank()) {
            return licensePlate;
        }
        if (vin != null && !vin.isBlank()) {
            return vin;
        }
        return year + " " + make + " " + model;
    }

    public boolean isSold() {
        return soldDate != null;
    }

    /** A sold vehicle's records are read-only until a manager reopens them. */
    public boolean isReadOnly() {
        return soldDate != null && recordsReopenedAt == null;
    }

    /** Lets the records of this sold vehicle be changed again. */
    public void reopenRecords(String by, Instant at) {
        recordsReopenedAt = at;
        recordsReopenedBy = by;
    }

    /** Makes the records read-only again (a sold vehicle's default). */
    public void closeRecords() {
        recordsReopenedAt = null;
        recordsReopenedBy = null;
    }

    public Instant getRecordsReopenedAt() {
        return recordsReopenedAt;
    }

    public String getRecordsReopenedBy() {
        return recordsReopenedBy;
    }

    private static String trimmed(String value) {
        return value == null ? null : value.trim();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    public Long getOwnerId() {
        return ownerId;
    }

    void setOwnerId(Long ownerId) {
        this.ownerId = ownerId;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public String getMake() {
        return make;
    }

    public void setMake(String make) {
        this.make = make;
    }

    public String getModel() {
        return model;
    }

    public void setModel(String model) {
        this.model = model;
    }

    public String getTrim() {
        return trim;
    }

    public void setTrim(String trim) {
        this.trim = trim;
    }

    public String getLicensePlate() {
        return licensePlate;
    }

    public void setLicensePlate(String licensePlate) {
        this.licensePlate = licensePlate;
    }

    public String getVin() {
        return vin;
    }

    public void setVin(String vin) {
        this.vin = vin;
    }

    public LocalDate getPurchaseDate() {
        return purchaseDate;
    }

    public void setPurchaseDate(LocalDate purchaseDate) {
        this.purchaseDate = purchaseDate;
    }

    public BigDecimal getPurchasePrice() {
        return purchasePrice;
    }

    public void setPurchasePrice(BigDecimal purchasePrice) {
        this.purchasePrice = purchasePrice;
    }

    public LocalDate getSoldDate() {
        return soldDate;
    }

    public void setSoldDate(LocalDate soldDate) {
        this.soldDate = soldDate;
    }

    public BigDecimal getSoldPrice() {
        return soldPrice;
    }

    public void setSoldPrice(BigDecimal soldPrice) {
        this.soldPrice = soldPrice;
    }

    public BigDecimal getCurrentValue() {
        return currentValue;
    }

    public void setCurrentValue(BigDecimal currentValue) {
        this.currentValue = currentValue;
    }

    public FuelType getFuelType() {
        return fuelType;
    }

    public void setFuelType(FuelType fuelType) {
        this.fuelType = fuelType;
    }

    public FuelType getSecondaryFuelType() {
        return secondaryFuelType;
    }

    public void setSecondaryFuelType(FuelType secondaryFuelType) {
        this.secondaryFuelType = secondaryFuelType;
    }

    public DistanceUnit getOdometerUnit() {
        return odometerUnit;
    }

    public void setOdometerUnit(DistanceUnit odometerUnit) {
        this.odometerUnit = odometerUnit;
    }

    public VolumeUnit getFuelVolumeUnit() {
        return fuelVolumeUnit;
    }

    public void setFuelVolumeUnit(VolumeUnit fuelVolumeUnit) {
        this.fuelVolumeUnit = fuelVolumeUnit;
    }

    public BigDecimal getOdometerMultiplier() {
        return odometerMultiplier;
    }

    public void setOdometerMultiplier(BigDecimal odometerMultiplier) {
        this.odometerMultiplier = odometerMultiplier;
    }

    public BigDecimal getOdometerOffset() {
        return odometerOffset;
    }

    public void setOdometerOffset(BigDecimal odometerOffset) {
        this.odometerOffset = odometerOffset;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }


    /** A vehicle is its own cache scope. */
    @Override
    public Long getVehicleId() {
        return getId();
    }
}
