package com.motovaultpro.platform.outbound;

import java.net.UnknownHostException;

/**
 * A name resolved to an address the server may not send to. An {@link UnknownHostException}
 * because that is what a connection's name lookup may throw: the connection is never opened.
 */
public class RefusedDestinationException extends UnknownHostException {

    private static final long serialVersionUID = 1L;

    public RefusedDestinationException(String host, String reason) {
        super(host + ": " + reason);
    }
}
