package com.motovaultpro.logbook;

/** No such record in this vehicle (or the vehicle is not the caller's): answered like a missing one. */
public class RecordNotFoundException extends RuntimeException {

    public RecordNotFoundException(long id) {
        super("No record " + id, null, false, false);
    }
}
