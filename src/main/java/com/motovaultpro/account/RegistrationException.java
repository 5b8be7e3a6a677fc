package com.motovaultpro.account;

import java.time.Duration;

/** A registration that is refused for a reason the person can act on. */
public class RegistrationException extends RuntimeException {

    /**
     * Why: each maps to a message key and an HTTP status. A clash is one reason, whether the user
     * name or the address clashes, and with a user name or an address: telling them apart would
     * tell a stranger which addresses have accounts here.
     */
    public enum Reason { CLOSED, NAME_OR_EMAIL_TAKEN, TOO_MANY_ATTEMPTS }

    private final Reason reason;
    private final Duration retryAfter;

    public RegistrationException(Reason reason) {
        this(reason, Duration.ZERO);
    }

    public RegistrationException(Reason reason, Duration retryAfter) {
        super(reason.name(), null, false, false);
        this.reason = reason;
        this.retryAfter = retryAfter;
    }

    public Reason reason() {
        return reason;
    }

    /** For {@link Reason#TOO_MANY_ATTEMPTS}: how long until the client may try again. */
    public Duration retryAfter() {
        return retryAfter;
    }
}
