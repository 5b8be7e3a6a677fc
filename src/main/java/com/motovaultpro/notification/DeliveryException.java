package com.motovaultpro.notification;

/**
 * A delivery that did not succeed, with a reason fit for the person's notification history (a
 * status code, "connection refused", a refused destination; never a secret).
 */
public class DeliveryException extends Exception {

    private static final long serialVersionUID = 1L;

    private final boolean permanent;

    public DeliveryException(String reason, boolean permanent) {
        super(reason, null, false, false);
        this.permanent = permanent;
    }

    /** Whether trying again cannot help (a refused destination, a rejected address). */
    public boolean isPermanent() {
        return permanent;
    }
}
