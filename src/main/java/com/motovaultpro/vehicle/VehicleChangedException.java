package com.motovaultpro.vehicle;

/** The vehicle was changed by someone else since the caller loaded it; nothing was overwritten. */
public class VehicleChangedException extends RuntimeException {

    public VehicleChangedException(long id) {
        super("Vehicle " + id + " was changed in the meantime", null, false, false);
    }
}
