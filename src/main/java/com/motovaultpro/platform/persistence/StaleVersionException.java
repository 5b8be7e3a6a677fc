package com.motovaultpro.platform.persistence;

/** Someone else changed this since the caller read it; nothing was overwritten. */
public class StaleVersionException extends RuntimeException {

    public StaleVersionException(String what, long id) {
        super(what + " " + id + " was changed in the meantime", null, false, false);
    }
}
