package com.motovaultpro.platform.outbound;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AddressRangeTest {

    @ParameterizedTest(name = "{0} contains {1}: {2}")
    @CsvSource(delimiter = '|', value = {
        "127.0.0.2/32    | 127.0.0.2      | true",
        "127.0.0.2/32    | 127.0.0.1      | false",
        "127.0.0.2       | 127.0.0.2      | true",
        "192.168.1.0/24  | 192.168.1.77   | true",
        "192.168.1.0/24  | 192.168.2.1    | false",
        "192.168.1.77/24 | 192.168.1.1    | true",
        "10.0.0.0/8      | 10.255.3.4     | true",
        "0.0.0.0/0       | 93.184.216.34  | true",
        "fd12:3456::/32  | fd12:3456::1   | true",
        "fd12:3456::/32  | fd12:3457::1   | false",
        "10.0.0.0/8      | ::ffff:a00:1   | true", // an IPv4 address written as IPv6 is the IPv4 address
    })
    void containment(String range, String address, boolean contained) throws UnknownHostException {
        assertEquals(contained, AddressRange.parse(range).orElseThrow().contains(InetAddress.getByName(address)));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', value = {"ntfy.example.org", "10.0.0.0/33", "::/129", "10.0.0.0/", "10.0.0.0/x", "''",
        "1.2.3.4/8/8"})
    void notARange(String text) {
        assertEquals(Optional.empty(), AddressRange.parse(text));
    }

    @ParameterizedTest(name = "{0} under a policy allowing 127.0.0.0/8 and 169.254.0.0/16: {1}")
    @CsvSource(delimiter = '|', nullValues = "ok", value = {
        "127.0.0.1       | ok",
        "169.254.169.254 | link-local and cloud metadata addresses are not destinations",
        "10.1.2.3        | private network addresses are not allowed on this server",
    })
    void anAllowedRangeWinsOverEveryRuleButLinkLocal(String address, String refusal) throws UnknownHostException {
        OutboundPolicy policy = new OutboundPolicy(false, List.of(AddressRange.parse("127.0.0.0/8").orElseThrow(),
                AddressRange.parse("169.254.0.0/16").orElseThrow()));
        assertEquals(Optional.ofNullable(refusal),
                OutboundDestinations.refusalOf(InetAddress.getByName(address), policy, List.of()));
    }
}
