package com.motovaultpro.supply;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** How much of a supply a service, repair or upgrade used, and what that part cost. */
@Entity
@Table(name = "supply_usage")
public class SupplyUsage {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "record_id", nullable = false, updatable = false)
    private long recordId;

    @Column(name = "supply_id", nullable = false, updatable = false)
    private long supplyId;

    @Column(nullable = false, updatable = false, precision = 12, scale = 3)
    private BigDecimal quantity;

    @Column(nullable = false, updatable = false, precision = 12, scale = 2)
    private BigDecimal cost;

    protected SupplyUsage() {
    }

    SupplyUsage(long recordId, long supplyId, BigDecimal quantity, BigDecimal cost) {
        this.recordId = recordId;
        this.supplyId = supplyId;
        this.quantity = quantity;
        this.cost = cost;
    }

    public long getRecordId() {
        return recordId;
    }

    public long getSupplyId() {
        return supplyId;
    }

    public BigDecimal getQuantity() {
        return quantity;
    }

    public BigDecimal getCost() {
        return cost;
    }
}
