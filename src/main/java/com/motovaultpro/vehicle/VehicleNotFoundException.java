package com.motovaultpro.vehicle;

/**
 * No vehicle with this id that the caller may see. Deliberately the same for "does not exist"
 * and "belongs to someone else", so ids of other people's vehicles leak nothing.
 */
public class VehicleNotFoundException extends RuntimeException {

    public VehicleNotFoundException(long id) {
        super("No vehicle " + id, null, false, false);
    }
}
