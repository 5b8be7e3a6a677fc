package com.motovaultpro.platform.outbound;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Collection;
import java.util.Optional;
import java.util.function.Supplier;
import org.apache.hc.client5.http.DnsResolver;

/**
 * Name lookup for outbound connections that refuses a name when any address it resolves to is
 * not a destination ({@link OutboundDestinations}). The HTTP client asks it on every connection it
 * opens — the first and each redirect's — so a check cannot be passed once and then bypassed by a
 * DNS answer that changed since.
 */
final class CheckedDnsResolver implements DnsResolver {

    /** How a name is looked up: the system's resolver in production, a fixed answer in tests. */
    interface Lookup {
        InetAddress[] all(String host) throws UnknownHostException;
    }

    private final Lookup lookup;
    private final OutboundPolicy policy;
    private final Supplier<Collection<InetAddress>> ownAddresses;

    CheckedDnsResolver(Lookup lookup, OutboundPolicy policy, Supplier<Collection<InetAddress>> ownAddresses) {
        this.lookup = lookup;
        this.policy = policy;
        this.ownAddresses = ownAddresses;
    }

    @Override
    public InetAddress[] resolve(String host) throws UnknownHostException {
        InetAddress[] addresses = lookup.all(host);
        Collection<InetAddress> own = ownAddresses.get();
        for (InetAddress address : addresses) {
            Optional<String> refusal = OutboundDestinations.refusalOf(address, policy, own);
            if (refusal.isPresent()) {
                throw new RefusedDestinationException(host, refusal.get());
            }
        }
        return addresses;
    }

    @Override
    public String resolveCanonicalHostname(String host) throws UnknownHostException {
        return host;
    }
}
