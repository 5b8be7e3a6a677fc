package com.motovaultpro.platform.outbound;

import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;

/** This machine's addresses, from its network interfaces, read again once a minute. */
final class OwnAddresses implements Supplier<Collection<InetAddress>> {

    private static final Duration FRESH_FOR = Duration.ofMinutes(1);

    private final Clock clock;
    private volatile List<InetAddress> addresses = List.of();
    private volatile Instant readAt = Instant.MIN;

    OwnAddresses(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Collection<InetAddress> get() {
        Instant now = clock.instant();
        if (readAt.plus(FRESH_FOR).isBefore(now)) {
            addresses = read();
            readAt = now;
        }
        return addresses;
    }

    private static List<InetAddress> read() {
        List<InetAddress> found = new ArrayList<>();
        try {
            for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                found.addAll(Collections.list(nic.getInetAddresses()));
            }
        } catch (SocketException e) {
            // No interface list: loopback and the unspecified address are refused by rule anyway.
        }
        return List.copyOf(found);
    }
}
