package com.motovaultpro.maintenance;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

/** The three kinds of work on a vehicle, each with its API path segment and entity. */
public enum MaintenanceKind {
    SERVICE(ServiceRecord.class, ServiceRecord::new),
    REPAIR(RepairRecord.class, RepairRecord::new),
    UPGRADE(UpgradeRecord.class, UpgradeRecord::new);

    private final Class<? extends MaintenanceRecord> entity;
    private final Supplier<MaintenanceRecord> factory;

    MaintenanceKind(Class<? extends MaintenanceRecord> entity, Supplier<MaintenanceRecord> factory) {
        this.entity = entity;
        this.factory = factory;
    }

    public MaintenanceRecord newRecord() {
        return factory.get();
    }

    public Class<? extends MaintenanceRecord> entity() {
        return entity;
    }

    /** "service" → SERVICE: the path segment of /api/v1/vehicles/{id}/service. */
    public String segment() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<MaintenanceKind> ofSegment(String segment) {
        return Arrays.stream(values()).filter(k -> k.segment().equals(segment)).findFirst();
    }
}
