package com.motovaultpro.notification;

/**
 * A delivery that did not succeed, with a reason fit for the person's notification history (a
 * status code, "connection refused", a refused destination; never a secret).
 */
public class DeliveryException extends Exception {

    private static final long serialVersionUID = 1L;

    private final boolean permanent;
    private final boolean hostUnwell;

    /** A failure that says nothing about the destination's health (a refused address, a 4xx). */
    public DeliveryException(String reason, boolean permanent) {
        this(reason, permanent, false);
    }

    /**
     * @param hostUnwell whether it tells that the destination is in trouble (no connection, no answer
     *                   in time, a 5xx or 429) — what opens its circuit; a person's wrong token or address
     *                   must not hold up everyone else's deliveries to the same host
     */
    public DeliveryException(String reason, boolean permanent, boolean hostUnwell) {
        super(reason, null, false, false);
        this.permanent = permanent;
        this.hostUnwell = hostUnwell;
    }

    public boolean isHostUnwell() {
        return hostUnwell;
    }

    /** Whether trying again cannot help (a refused destination, a rejected address). */
    public boolean isPermanent() {
        return permanent;
    }
}
