package com.motovaultpro.vin;

/** The vehicle types of NHTSA vPIC's WMI list that a person keeps a logbook for. */
public enum VehicleKind {
    PASSENGER_CAR, MULTIPURPOSE_PASSENGER_VEHICLE, TRUCK, MOTORCYCLE, BUS, LOW_SPEED_VEHICLE, OFF_ROAD_VEHICLE;

    /**
     * What position 7 says about the model year of a North-American VIN of this type: 49 CFR
     * 565.15 ties it to the cycle for passenger cars, MPVs and trucks up to 10,000 lb — a TRUCK
     * WMI may also be a heavy truck's, so there it only suggests the likelier year.
     */
    ModelYears.Cycle northAmericanCycle() {
        return switch (this) {
            case PASSENGER_CAR, MULTIPURPOSE_PASSENGER_VEHICLE -> ModelYears.Cycle.DECIDES;
            case TRUCK -> ModelYears.Cycle.SUGGESTS;
            default -> ModelYears.Cycle.NONE;
        };
    }
}
