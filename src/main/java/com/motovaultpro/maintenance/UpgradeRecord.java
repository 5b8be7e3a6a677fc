package com.motovaultpro.maintenance;

import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;

/** A modification to the vehicle. */
@Entity
@DiscriminatorValue("UPGRADE")
public class UpgradeRecord extends MaintenanceRecord {

    private static final long serialVersionUID = 1L;

    @Override
    public MaintenanceKind kind() {
        return MaintenanceKind.UPGRADE;
    }
}
