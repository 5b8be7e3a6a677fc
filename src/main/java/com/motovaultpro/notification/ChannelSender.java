package com.motovaultpro.notification;

/** Delivers notifications of one {@link ChannelKind}. */
interface ChannelSender {

    ChannelKind kind();

    /** Delivers {@code outgoing}, or says why not. */
    void send(Outgoing outgoing) throws DeliveryException;
}
