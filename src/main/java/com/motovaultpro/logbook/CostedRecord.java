package com.motovaultpro.logbook;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import java.math.BigDecimal;

/** A record that may cost money (every type but notes); money is exact, never floating point. */
@Entity
public abstract class CostedRecord extends LogbookRecord {

    private static final long serialVersionUID = 1L;

    @DecimalMin(value = "0", message = "{money.notNegative}")
    @Digits(integer = 10, fraction = 2, message = "{money.digits}")
    @Column(precision = 12, scale = 2)
    private BigDecimal cost;

    @Override
    protected void copyDetailsFrom(LogbookRecord other) {
        super.copyDetailsFrom(other);
        cost = ((CostedRecord) other).cost;
    }

    public BigDecimal getCost() {
        return cost;
    }

    public void setCost(BigDecimal cost) {
        this.cost = cost;
    }
}
