package com.motovaultpro.account;

/** A registration that is refused for a reason the person can act on. */
public class RegistrationException extends RuntimeException {

    /** Why: each maps to a message key and an HTTP status. */
    public enum Reason { CLOSED, USERNAME_TAKEN, EMAIL_TAKEN }

    private final Reason reason;

    public RegistrationException(Reason reason) {
        super(reason.name(), null, false, false);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
