package com.motovaultpro.platform.outbound;

import java.util.List;

/**
 * What the administrator allows beyond the rules: private networks, and address ranges listed
 * explicitly (which may even be this machine, e.g. {@code 127.0.0.1/32} for an ntfy beside a
 * household's server). Link-local addresses and cloud metadata endpoints are never allowed.
 */
public record OutboundPolicy(boolean allowPrivateNetworks, List<AddressRange> allowedRanges) {

    public static final OutboundPolicy STRICT = new OutboundPolicy(false, List.of());

    public OutboundPolicy {
        allowedRanges = List.copyOf(allowedRanges);
    }
}
