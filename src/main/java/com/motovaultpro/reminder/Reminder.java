package com.motovaultpro.reminder;

import com.motovaultpro.platform.cache.VehicleScoped;
import com.motovaultpro.platform.persistence.AuditedEntity;
import com.motovaultpro.platform.validation.PlainText;
import com.motovaultpro.platform.validation.StorableDate;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;

/**
 * Something to do for a vehicle by a date and/or an odometer reading, optionally recurring, with
 * optional thresholds of its own. A one-off reminder marked done is kept as completed; a
 * recurring one moves on to its next due values.
 */
@Entity
@Table(name = "reminder")
@DueGiven
public class Reminder extends AuditedEntity implements VehicleScoped {

    private static final long serialVersionUID = 1L;

    @Column(name = "vehicle_id", nullable = false, updatable = false)
    private Long vehicleId;

    @NotBlank(message = "{reminder.description.required}")
    @Size(max = 500, message = "{field.maxLength}")
    @PlainText
    @Column(nullable = false, length = 500)
    private String description;

    @PlainText(multiline = true)
    @Size(max = 10000, message = "{field.maxLength}")
    @Column(length = 10000)
    private String notes;

    @StorableDate
    @Column(name = "due_date")
    private LocalDate dueDate;

    @DecimalMin(value = "0", message = "{record.odometer.notNegative}")
    @Digits(integer = 10, fraction = 2, message = "{record.odometer.digits}")
    @Column(name = "due_odometer", precision = 12, scale = 2)
    private BigDecimal dueOdometer;

    @Min(value = 1, message = "{reminder.interval.positive}")
    @Max(value = 1200, message = "{reminder.interval.positive}")
    @Column(name = "interval_months")
    private Integer intervalMonths;

    @Min(value = 1, message = "{reminder.interval.positive}")
    @Max(value = 36500, message = "{reminder.interval.positive}")
    @Column(name = "interval_days")
    private Integer intervalDays;

    @DecimalMin(value = "0.01", message = "{reminder.interval.positive}")
    @Digits(integer = 10, fraction = 2, message = "{record.odometer.digits}")
    @Column(name = "interval_distance", precision = 12, scale = 2)
    private BigDecimal intervalDistance;

    @Column(name = "fixed_intervals", nullable = false)
    private boolean fixedIntervals;

    @Min(value = 0, message = "{reminder.threshold.notNegative}")
    @Max(value = 3650, message = "{reminder.threshold.notNegative}")
    @Column(name = "urgent_days")
    private Integer urgentDays;

    @Min(value = 0, message = "{reminder.threshold.notNegative}")
    @Max(value = 3650, message = "{reminder.threshold.notNegative}")
    @Column(name = "very_urgent_days")
    private Integer veryUrgentDays;

    @DecimalMin(value = "0", message = "{reminder.threshold.notNegative}")
    @Digits(integer = 10, fraction = 2, message = "{record.odometer.digits}")
    @Column(name = "urgent_distance", precision = 12, scale = 2)
    private BigDecimal urgentDistance;

    @DecimalMin(value = "0", message = "{reminder.threshold.notNegative}")
    @Digits(integer = 10, fraction = 2, message = "{record.odometer.digits}")
    @Column(name = "very_urgent_distance", precision = 12, scale = 2)
    private BigDecimal veryUrgentDistance;

    @Column(name = "completed_on")
    private LocalDate completedOn;

    @Column(name = "created_by", nullable = false, updatable = false, length = 64)
    private String createdBy;

    @Column(name = "updated_by", nullable = false, length = 64)
    private String updatedBy;

    public Due due() {
        return Due.of(dueDate, dueOdometer);
    }

    public boolean isRecurring() {
        return intervalMonths != null || intervalDays != null || intervalDistance != null;
    }

    public Optional<Recurrence> recurrence() {
        if (!isRecurring()) {
            return Optional.empty();
        }
        Period interval = intervalMonths == null && intervalDays == null ? null
                : Period.of(0, intervalMonths == null ? 0 : intervalMonths, intervalDays == null ? 0 : intervalDays);
        return Optional.of(Recurrence.of(interval, intervalDistance));
    }

    /** This reminder's thresholds: its own where set, else the server-wide {@code defaults}. */
    public Thresholds thresholds(Thresholds defaults) {
        return Thresholds.overriding(defaults, urgentDays, veryUrgentDays, urgentDistance, veryUrgentDistance);
    }

    public boolean hasOwnThresholds() {
        return urgentDays != null || veryUrgentDays != null || urgentDistance != null || veryUrgentDistance != null;
    }

    /** Done on {@code doneOn} at {@code doneAt}: a recurring reminder moves on, a one-off one is completed. */
    void complete(LocalDate doneOn, Optional<BigDecimal> doneAt, String username) {
        Optional<Recurrence> every = recurrence();
        if (every.isPresent()) {
            Due next = ReminderRules.next(due(), every.get(), doneOn, doneAt, fixedIntervals);
            dueDate = next.date().orElse(null);
            dueOdometer = next.odometer().orElse(null);
        } else {
            completedOn = doneOn;
        }
        updatedBy = username;
    }

    /** Completed on that day, as it was when exported (a restore). */
    void completedOn(LocalDate day) {
        completedOn = day;
    }

    void belongTo(long vehicle, String username) {
        vehicleId = vehicle;
        createdBy = username;
        updatedBy = username;
    }

    /** A new, unsaved reminder with this one's settings: what an edit dialog starts from. */
    public Reminder editableCopy() {
        Reminder copy = new Reminder();
        copy.copySettings(this);
        return copy;
    }

    void copyFrom(Reminder other, String username) {
        copySettings(other);
        updatedBy = username;
    }

    private void copySettings(Reminder other) {
        description = other.description;
        notes = other.notes;
        dueDate = other.dueDate;
        dueOdometer = other.dueOdometer;
        intervalMonths = other.intervalMonths;
        intervalDays = other.intervalDays;
        intervalDistance = other.intervalDistance;
        fixedIntervals = other.fixedIntervals;
        urgentDays = other.urgentDays;
        veryUrgentDays = other.veryUrgentDays;
        urgentDistance = other.urgentDistance;
        veryUrgentDistance = other.veryUrgentDistance;
    }

    void normalize() {
        description = description == null ? null : description.strip();
        notes = notes == null || notes.isBlank() ? null : notes.strip();
    }

    @Override
    public Long getVehicleId() {
        return vehicleId;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public void setDueDate(LocalDate dueDate) {
        this.dueDate = dueDate;
    }

    public BigDecimal getDueOdometer() {
        return dueOdometer;
    }

    public void setDueOdometer(BigDecimal dueOdometer) {
        this.dueOdometer = dueOdometer;
    }

    public Integer getIntervalMonths() {
        return intervalMonths;
    }

    public void setIntervalMonths(Integer intervalMonths) {
        this.intervalMonths = intervalMonths;
    }

    public Integer getIntervalDays() {
        return intervalDays;
    }

    public void setIntervalDays(Integer intervalDays) {
        this.intervalDays = intervalDays;
    }

    public BigDecimal getIntervalDistance() {
        return intervalDistance;
    }

    public void setIntervalDistance(BigDecimal intervalDistance) {
        this.intervalDistance = intervalDistance;
    }

    public boolean isFixedIntervals() {
        return fixedIntervals;
    }

    public void setFixedIntervals(boolean fixedIntervals) {
        this.fixedIntervals = fixedIntervals;
    }

    public Integer getUrgentDays() {
        return urgentDays;
    }

    public void setUrgentDays(Integer urgentDays) {
        this.urgentDays = urgentDays;
    }

    public Integer getVeryUrgentDays() {
        return veryUrgentDays;
    }

    public void setVeryUrgentDays(Integer veryUrgentDays) {
        this.veryUrgentDays = veryUrgentDays;
    }

    public BigDecimal getUrgentDistance() {
        return urgentDistance;
    }

    public void setUrgentDistance(BigDecimal urgentDistance) {
        this.urgentDistance = urgentDistance;
    }

    public BigDecimal getVeryUrgentDistance() {
        return veryUrgentDistance;
    }

    public void setVeryUrgentDistance(BigDecimal veryUrgentDistance) {
        this.veryUrgentDistance = veryUrgentDistance;
    }

    public LocalDate getCompletedOn() {
        return completedOn;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }
}
