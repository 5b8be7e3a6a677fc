package com.motovaultpro.vin;

/** The vehicle types of NHTSA vPIC's WMI list that a person keeps a logbook for. */
public enum VehicleKind {
    PASSENGER_CAR, MULTIPURPOSE_PASSENGER_VEHICLE, TRUCK, MOTORCYCLE, BUS, LOW_SPEED_VEHICLE, OFF_ROAD_VEHICLE;

    /**
     * Whether 49 CFR 565.15 ties the model year to position 7 for this type: passenger cars, MPVs
     * and light trucks (the heavy trucks among TRUCK cannot be told apart by the WMI alone).
     */
    boolean hasNorthAmericanYearCycle() {
        return this == PASSENGER_CAR || this == MULTIPURPOSE_PASSENGER_VEHICLE || this == TRUCK;
    }
}
