package com.motovaultpro.platform.cache;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;
import java.util.List;

/**
 * The entity listener of every {@code AuditedEntity} (and so of everything {@link VehicleScoped} or
 * {@link CacheScoped}; {@code ChangeListenerCoverageTest} keeps it so): whatever is written through JPA
 * and belongs to a vehicle makes that vehicle's cached views stale (its records, reminders,
 * documents, shares and the vehicle itself); other data names its own scopes ({@link CacheScoped}:
 * API keys, accounts). Writes that bypass JPA (native statements) report their
 * vehicles to {@link CacheInvalidation} themselves.
 */
public class ChangeListener {

    @PostPersist
    @PostUpdate
    @PostRemove
    void changed(Object entity) {
        if (entity instanceof VehicleScoped data && data.getVehicleId() != null) {
            invalidation().changed(List.of(VehicleScoped.scopeOf(data.getVehicleId())));
        }
        if (entity instanceof CacheScoped data) {
            invalidation().changed(data.cacheScopes());
        }
    }

    /** Looked up once per listener (an application-scoped bean's proxy): a lookup costs more than a write's bookkeeping. */
    private CacheInvalidation invalidation;

    private CacheInvalidation invalidation() {
        if (invalidation == null) {
            invalidation = CDI.current().select(CacheInvalidation.class).get();
        }
        return invalidation;
    }
}
