package com.motovaultpro.maintenance;

import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;

/** Scheduled maintenance (oil change, inspection, …). */
@Entity
@DiscriminatorValue("SERVICE")
public class ServiceRecord extends MaintenanceRecord {

    private static final long serialVersionUID = 1L;

    @Override
    public MaintenanceKind kind() {
        return MaintenanceKind.SERVICE;
    }
}
