package com.motovaultpro.maintenance;

import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;

/** Corrective work, incl. collision repair. */
@Entity
@DiscriminatorValue("REPAIR")
public class RepairRecord extends MaintenanceRecord {

    private static final long serialVersionUID = 1L;

    @Override
    public MaintenanceKind kind() {
        return MaintenanceKind.REPAIR;
    }
}
