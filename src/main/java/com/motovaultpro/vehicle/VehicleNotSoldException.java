package com.motovaultpro.vehicle;

/** Reopening or closing the records of a vehicle that was not sold (409). */
public class VehicleNotSoldException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public VehicleNotSoldException(long vehicleId) {
        super("Vehicle " + vehicleId + " is not sold: its records are open anyway");
    }
}
