package com.motovaultpro.backup;

/** A restore (or a backup) cannot go on; the message says why in words an operator can act on. */
public class RestoreException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public RestoreException(String message) {
        super(message);
    }
}
