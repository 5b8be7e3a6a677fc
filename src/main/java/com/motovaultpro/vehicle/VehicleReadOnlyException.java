package com.motovaultpro.vehicle;

import java.time.LocalDate;

/** The vehicle was sold and its records are read-only until a manager reopens them (409). */
public class VehicleReadOnlyException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final long vehicleId;
    private final LocalDate soldDate;

    public VehicleReadOnlyException(long vehicleId, LocalDate soldDate) {
        super("Vehicle " + vehicleId + " was sold on " + soldDate + ": its records are read-only");
        this.vehicleId = vehicleId;
        this.soldDate = soldDate;
    }

    public long vehicleId() {
        return vehicleId;
    }

    public LocalDate soldDate() {
        return soldDate;
    }
}
