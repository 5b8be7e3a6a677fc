package com.motovaultpro.quickentry;

import com.motovaultpro.fuel.FuelRecord;
import com.motovaultpro.logbook.RecordRuleException;
import com.motovaultpro.logbook.VehicleUseRecord;
import com.motovaultpro.logbook.validation.OdometerNotBelowEarlier;
import com.motovaultpro.logbook.validation.OdometerPlausible;
import com.motovaultpro.odometer.OdometerRecord;
import com.motovaultpro.platform.web.FacesMessages;
import jakarta.validation.ConstraintViolationException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.function.Supplier;

/**
 * The one-screen form of a fill-up or an odometer reading (entry-fields.xhtml): today's date, the
 * last reading filled in, a lower or implausibly high reading saved only once confirmed. Used by quick entry and by
 * driver links, which differ only in who may save to which vehicle.
 */
public abstract class EntryForm {

    private LocalDate date = LocalDate.now();
    private BigDecimal odometer;
    private BigDecimal quantity;
    private BigDecimal cost;
    private boolean fullTank = true;
    private boolean lowerOdometerConfirmed;
    private boolean lowerOdometerWarned;
    private boolean highOdometerConfirmed;
    private boolean highOdometerWarned;

    public abstract EntryKind getKind();

    /**
     * Whether the form's post asked to confirm a lower or an implausibly high reading (the
     * checkbox is in this post): the {@code lowerWarned} and {@code highWarned} parameters.
     */
    protected void readWarnings(String lowerWarned, String highWarned) {
        lowerOdometerWarned = "true".equals(lowerWarned);
        highOdometerWarned = "true".equals(highWarned);
    }

    /** Starts the form at the vehicle's last reading, on its first request only. */
    protected void startAt(BigDecimal lastReading) {
        if (odometer == null) {
            odometer = lastReading;
        }
    }

    /**
     * The record the form describes. A confirmed reading below the vehicle's highest (asked of
     * {@code highest} only then: the odometer was replaced or reset) starts a new stretch there,
     * instead of one that would end below the earlier reading it would start from.
     */
    protected VehicleUseRecord record(Supplier<BigDecimal> highest) {
        VehicleUseRecord record;
        if (getKind() == EntryKind.FUEL) {
            FuelRecord fillUp = new FuelRecord();
            fillUp.setQuantity(quantity);
            fillUp.setCost(cost);
            fillUp.setFullTank(fullTank);
            record = fillUp;
        } else {
            OdometerRecord reading = new OdometerRecord();
            if (lowerOdometerConfirmed && odometer != null) {
                BigDecimal top = highest.get();
                if (top != null && odometer.compareTo(top) < 0) {
                    reading.setInitialOdometer(odometer);
                }
            }
            record = reading;
        }
        record.setDate(date);
        record.setOdometer(odometer);
        record.setLowerOdometerConfirmed(lowerOdometerConfirmed);
        record.setHighOdometerConfirmed(highOdometerConfirmed);
        return record;
    }

    /** Shows why the logbook refused the record on the form {@code formId}; a lower reading asks for confirmation. */
    protected void refused(String formId, RuntimeException refusal) {
        if (refusal instanceof ConstraintViolationException e) {
            FacesMessages.violations(formId, e.getConstraintViolations());
            lowerOdometerWarned |= e.getConstraintViolations().stream()
                    .anyMatch(v -> v.getConstraintDescriptor().getAnnotation() instanceof OdometerNotBelowEarlier);
            highOdometerWarned |= e.getConstraintViolations().stream()
                    .anyMatch(v -> v.getConstraintDescriptor().getAnnotation() instanceof OdometerPlausible);
        } else if (refusal instanceof RecordRuleException e) {
            FacesMessages.error(formId + ":" + e.parameter(), e.messageKey(), e.arguments());
        } else {
            throw refusal;
        }
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public BigDecimal getOdometer() {
        return odometer;
    }

    public void setOdometer(BigDecimal odometer) {
        this.odometer = odometer;
    }

    public BigDecimal getQuantity() {
        return quantity;
    }

    public void setQuantity(BigDecimal quantity) {
        this.quantity = quantity;
    }

    public BigDecimal getCost() {
        return cost;
    }

    public void setCost(BigDecimal cost) {
        this.cost = cost;
    }

    public boolean isFullTank() {
        return fullTank;
    }

    public void setFullTank(boolean fullTank) {
        this.fullTank = fullTank;
    }

    public boolean isLowerOdometerConfirmed() {
        return lowerOdometerConfirmed;
    }

    public void setLowerOdometerConfirmed(boolean lowerOdometerConfirmed) {
        this.lowerOdometerConfirmed = lowerOdometerConfirmed;
    }

    /** The reading was lower than an earlier one: the form offers to confirm it. */
    public boolean isLowerOdometerWarned() {
        return lowerOdometerWarned;
    }

    public boolean isHighOdometerConfirmed() {
        return highOdometerConfirmed;
    }

    public void setHighOdometerConfirmed(boolean highOdometerConfirmed) {
        this.highOdometerConfirmed = highOdometerConfirmed;
    }

    /** The reading implied an implausible distance a day: the form offers to confirm it. */
    public boolean isHighOdometerWarned() {
        return highOdometerWarned;
    }
}
