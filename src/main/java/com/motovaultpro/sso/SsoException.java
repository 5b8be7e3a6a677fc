package com.motovaultpro.sso;

/** A single sign-on that did not complete; the login page shows the reason's message. */
public class SsoException extends RuntimeException {

    /** Why, each with the login page message key {@code sso.problem.<REASON>}. */
    public enum Reason {
        /** The provider does not answer (down, timing out, or the circuit is open). */
        UNAVAILABLE,
        /** Single sign-on is not configured on this server. */
        NOT_CONFIGURED,
        /** The person cancelled or the provider refused the sign-in. */
        DENIED,
        /** The callback does not belong to a sign-in this browser started, or it took too long. */
        EXPIRED,
        /** The provider's answer failed verification (signature, issuer, audience, nonce, expiry). */
        INVALID_TOKEN,
        /** The token has no usable user name claim. */
        NO_USERNAME,
        /** A local account already has this user name. */
        USERNAME_TAKEN
    }

    private final Reason reason;

    public SsoException(Reason reason, String detail) {
        super(reason + ": " + detail, null, false, false);
        this.reason = reason;
    }

    public SsoException(Reason reason, String detail, Throwable cause) {
        super(reason + ": " + detail, cause, false, false);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    public String messageKey() {
        return "sso.problem." + reason.name();
    }
}
