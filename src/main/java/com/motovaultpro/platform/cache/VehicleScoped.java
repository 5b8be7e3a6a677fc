package com.motovaultpro.platform.cache;

/**
 * Data that belongs to one vehicle: a change to it makes every cached view of that vehicle stale
 * (see {@link ChangeListener}). The vehicle itself answers its own id.
 */
public interface VehicleScoped {

    Long getVehicleId();

    static String scopeOf(long vehicleId) {
        return "vehicle:" + vehicleId;
    }
}
