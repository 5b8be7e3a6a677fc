package com.motovaultpro.tax;

import com.motovaultpro.logbook.CostedRecord;
import com.motovaultpro.logbook.LogbookRecord;
import com.motovaultpro.platform.validation.PlainText;
import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A tax, registration or insurance fee. A recurring fee lapses after its interval and is then
 * followed by the next one (see {@link Renewals}); once followed it is marked renewed.
 */
@Entity
@DiscriminatorValue("TAX")
public class TaxRecord extends CostedRecord {

    private static final long serialVersionUID = 1L;

    @NotBlank(message = "{tax.description.required}")
    @Size(max = 500, message = "{field.maxLength}")
    @PlainText
    @Column(length = 500)
    private String description;

    @Min(value = 1, message = "{tax.recurrence.range}")
    @Max(value = 3660, message = "{tax.recurrence.range}")
    @Column(name = "recurrence_interval")
    private Integer recurrenceInterval;

    @Enumerated(EnumType.STRING)
    @Column(name = "recurrence_unit", length = 8)
    private RecurrenceUnit recurrenceUnit;

    @Column(name = "renewed")
    private Boolean renewed;

    @Override
    protected void copyDetailsFrom(LogbookRecord other) {
        super.copyDetailsFrom(other);
        TaxRecord tax = (TaxRecord) other;
        description = tax.description;
        recurrenceInterval = tax.recurrenceInterval;
        recurrenceUnit = tax.recurrenceUnit;
    }

    /** An interval without a unit counts in months; a unit without an interval means "not recurring". */
    @Override
    protected void normalize() {
        super.normalize();
        description = description == null ? null : description.strip();
        if (recurrenceInterval == null) {
            recurrenceUnit = null;
        } else if (recurrenceUnit == null) {
            recurrenceUnit = RecurrenceUnit.MONTHS;
        }
    }

    /** The date this fee lapses and the next one is due, if it recurs. */
    public Optional<LocalDate> nextDue() {
        return isRecurring() && getDate() != null
                ? Optional.of(Renewals.next(getDate(), recurrenceInterval, recurrenceUnit)) : Optional.empty();
    }

    /** The fee that follows this one on {@code date}: same details, recurring the same way. */
    TaxRecord successorOn(LocalDate date) {
        TaxRecord next = new TaxRecord();
        next.copyDetailsFrom(this);
        next.setDate(date);
        return next;
    }

    public boolean isRecurring() {
        return recurrenceInterval != null;
    }

    public boolean isRenewed() {
        return Boolean.TRUE.equals(renewed);
    }

    void markRenewed() {
        renewed = Boolean.TRUE;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public Integer getRecurrenceInterval() {
        return recurrenceInterval;
    }

    public void setRecurrenceInterval(Integer recurrenceInterval) {
        this.recurrenceInterval = recurrenceInterval;
    }

    public RecurrenceUnit getRecurrenceUnit() {
        return recurrenceUnit;
    }

    public void setRecurrenceUnit(RecurrenceUnit recurrenceUnit) {
        this.recurrenceUnit = recurrenceUnit;
    }
}
