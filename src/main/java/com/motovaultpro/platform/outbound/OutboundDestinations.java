package com.motovaultpro.platform.outbound;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Where the application may send a request a user configured (a webhook, an ntfy or Gotify
 * server): never to the server itself, its loopback, link-local addresses (cloud metadata among
 * them), unspecified, multicast or broadcast addresses; to private networks (a self-hoster's LAN
 * ntfy) only when the administrator allows it. Checked on the URL as saved and again on every
 * address the name resolves to when connecting — after each redirect and DNS change too — so a
 * name that later points at 127.0.0.1 is refused then. Pure: the caller resolves names and knows
 * the server's own addresses.
 */
public final class OutboundDestinations {

    private OutboundDestinations() {
    }

    /** Why a configured URL is not a destination, if it is not: scheme, credentials, host. */
    public static Optional<String> refusalOf(URI url) {
        if (url == null || !url.isAbsolute() || url.isOpaque()) {
            return Optional.of("not an absolute http or https URL");
        }
        String scheme = url.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return Optional.of("only http and https are allowed");
        }
        if (url.getRawUserInfo() != null) {
            return Optional.of("credentials belong in the channel's token, not in the URL");
        }
        if (url.getHost() == null || url.getHost().isBlank()) {
            return Optional.of("the URL names no host");
        }
        String host = url.getHost().toLowerCase(Locale.ROOT);
        if (host.equals("localhost") || host.endsWith(".localhost")) {
            return Optional.of("the server itself is not a destination");
        }
        return Optional.empty();
    }

    /**
     * Why a request may not go to {@code address}, if it may not.
     *
     * @param allowPrivate whether the administrator allows private networks (RFC 1918, CGNAT, ULA)
     * @param own          the server's own addresses
     */
    public static Optional<String> refusalOf(InetAddress address, boolean allowPrivate,
                                             Collection<? extends InetAddress> own) {
        return refusalOf(address, new OutboundPolicy(allowPrivate, List.of()), own);
    }

    /**
     * Why a request may not go to {@code address} under the administrator's {@code policy}, if it
     * may not. An explicitly allowed range wins over every rule but link-local and cloud metadata.
     */
    public static Optional<String> refusalOf(InetAddress address, OutboundPolicy policy,
                                             Collection<? extends InetAddress> own) {
        InetAddress target = unmapped(address);
        if (target.isLinkLocalAddress() || isCloudMetadata(target)) {
            return Optional.of("link-local and cloud metadata addresses are not destinations");
        }
        if (policy.allowedRanges().stream().anyMatch(range -> range.contains(target))) {
            return Optional.empty();
        }
        boolean allowPrivate = policy.allowPrivateNetworks();
        if (target.isLoopbackAddress() || target.isAnyLocalAddress() || own.stream().map(OutboundDestinations::unmapped)
                .anyMatch(target::equals)) {
            return Optional.of("the server itself is not a destination");
        }
        if (target.isMulticastAddress() || isBroadcast(target)) {
            return Optional.of("multicast and broadcast addresses are not destinations");
        }
        if (isPrivate(target) && !allowPrivate) {
            return Optional.of("private network addresses are not allowed on this server");
        }
        return Optional.empty();
    }

    /**
     * An IPv6 address that carries an IPv4 address is judged as that IPv4 address: IPv4-mapped
     * ({@code ::ffff:127.0.0.1}) and IPv4-compatible ({@code ::127.0.0.1}) addresses, NAT64
     * ({@code 64:ff9b::/96}, and the local-use {@code 64:ff9b:1::/48} of RFC 8215) and 6to4
     * ({@code 2002::/16}) — on an IPv6-only network with NAT64, {@code 64:ff9b::a00:5} is 10.0.0.5.
     */
    static InetAddress unmapped(InetAddress address) {
        if (!(address instanceof Inet6Address)) {
            return address;
        }
        byte[] b = address.getAddress();
        if (zero(b, 0, 10) && b[10] == (byte) 0xff && b[11] == (byte) 0xff) {
            return v4(b[12], b[13], b[14], b[15]); // ::ffff:a.b.c.d
        }
        if (zero(b, 0, 12) && !zero(b, 12, 15)) {
            return v4(b[12], b[13], b[14], b[15]); // ::a.b.c.d (not :: or ::1)
        }
        if (b[0] == 0 && b[1] == 0x64 && b[2] == (byte) 0xff && b[3] == (byte) 0x9b) {
            if (zero(b, 4, 12)) {
                return v4(b[12], b[13], b[14], b[15]); // 64:ff9b::/96
            }
            if (b[4] == 0 && b[5] == 1) {
                return v4(b[6], b[7], b[9], b[10]); // 64:ff9b:1::/48, the address around the u octet
            }
        }
        if (b[0] == 0x20 && b[1] == 0x02) {
            return v4(b[2], b[3], b[4], b[5]); // 2002:a.b.c.d::/48
        }
        return address;
    }

    private static boolean zero(byte[] bytes, int from, int to) {
        for (int i = from; i < to; i++) {
            if (bytes[i] != 0) {
                return false;
            }
        }
        return true;
    }

    private static InetAddress v4(byte a, byte b, byte c, byte d) {
        try {
            return InetAddress.getByAddress(new byte[] {a, b, c, d});
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean isCloudMetadata(InetAddress address) {
        byte[] b = address.getAddress();
        // Alibaba Cloud's metadata endpoint 100.100.100.200 sits in the carrier-grade NAT range, which
        // an administrator may allow as private: it is refused anyway.
        if (address instanceof Inet4Address && (b[0] & 0xff) == 100 && (b[1] & 0xff) == 100 && (b[2] & 0xff) == 100
                && (b[3] & 0xff) == 200) {
            return true;
        }
        // AWS's IPv6 metadata endpoint fd00:ec2::254 (the IPv4 one, 169.254.169.254, is link-local).
        return address instanceof Inet6Address && (b[0] & 0xff) == 0xfd && b[1] == 0 && (b[2] & 0xff) == 0x0e
                && (b[3] & 0xff) == 0xc2 && b[15] == (byte) 0x54 && (b[14] & 0xff) == 0x02;
    }

    private static boolean isBroadcast(InetAddress address) {
        byte[] b = address.getAddress();
        return address instanceof Inet4Address && (b[0] & 0xff) == 255 && (b[1] & 0xff) == 255 && (b[2] & 0xff) == 255
                && (b[3] & 0xff) == 255;
    }

    private static boolean isPrivate(InetAddress address) {
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address) {
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            return address.isSiteLocalAddress() // 10/8, 172.16/12, 192.168/16
                    || (first == 100 && second >= 64 && second <= 127); // 100.64/10, carrier-grade NAT
        }
        return (b[0] & 0xfe) == 0xfc || address.isSiteLocalAddress(); // fc00::/7 unique local, fec0::/10
    }
}
