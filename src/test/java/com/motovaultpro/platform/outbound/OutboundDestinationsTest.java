package com.motovaultpro.platform.outbound;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.InetAddress;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OutboundDestinationsTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', nullValues = "ok", value = {
        "https://ntfy.sh/my-topic                  | ok",
        "http://gotify.example.org:8080/message    | ok",
        "HTTPS://hooks.example.com/x?y=1           | ok",
        "ftp://files.example.com/                  | only http and https are allowed",
        "file:///etc/passwd                        | only http and https are allowed",
        "https://user:secret@hooks.example.com/    | credentials belong in the channel's token, not in the URL",
        "https://localhost:9443/api                | the server itself is not a destination",
        "http://api.localhost/                     | the server itself is not a destination",
        "mailto:someone@example.com                | not an absolute http or https URL",
        "/relative/path                            | not an absolute http or https URL",
    })
    void aConfiguredUrl(String url, String refusal) {
        assertEquals(Optional.ofNullable(refusal), OutboundDestinations.refusalOf(URI.create(url)));
    }

    @ParameterizedTest(name = "{0}, private allowed {1}: {2}")
    @CsvSource(delimiter = '|', nullValues = "ok", value = {
        "93.184.216.34     | false | ok",
        "2606:2800:220:1:248:1893:25c8:1946 | false | ok",
        "127.0.0.1         | true  | the server itself is not a destination",
        "127.8.9.10        | true  | the server itself is not a destination",
        "::1               | true  | the server itself is not a destination",
        "0.0.0.0           | true  | the server itself is not a destination",
        "::ffff:127.0.0.1  | true  | the server itself is not a destination",
        "203.0.113.7       | true  | the server itself is not a destination",
        "169.254.169.254   | true  | link-local and cloud metadata addresses are not destinations",
        "fe80::1           | true  | link-local and cloud metadata addresses are not destinations",
        "fd00:ec2::254     | true  | link-local and cloud metadata addresses are not destinations",
        "224.0.0.1         | true  | multicast and broadcast addresses are not destinations",
        "255.255.255.255   | true  | multicast and broadcast addresses are not destinations",
        "10.0.0.5          | false | private network addresses are not allowed on this server",
        "172.16.3.4        | false | private network addresses are not allowed on this server",
        "192.168.1.20      | false | private network addresses are not allowed on this server",
        "100.64.0.1        | false | private network addresses are not allowed on this server",
        "fd12:3456::1      | false | private network addresses are not allowed on this server",
        "::ffff:192.168.1.20 | false | private network addresses are not allowed on this server",
        "192.168.1.20      | true  | ok",
        "fd12:3456::1      | true  | ok",
        "172.32.0.1        | false | ok",
        // IPv4 carried in IPv6: judged as the IPv4 address
        "::127.0.0.1       | true  | the server itself is not a destination",
        "64:ff9b::a00:5    | false | private network addresses are not allowed on this server",
        "64:ff9b::7f00:1   | true  | the server itself is not a destination",
        "64:ff9b::a9fe:a9fe | true | link-local and cloud metadata addresses are not destinations",
        "64:ff9b:1:a00:0:500:: | false | private network addresses are not allowed on this server",
        "2002:a00:5::1     | false | private network addresses are not allowed on this server",
        "2002:a9fe:a9fe::1 | true  | link-local and cloud metadata addresses are not destinations",
        "64:ff9b::5db8:d822 | false | ok",
        // Alibaba Cloud's metadata endpoint, in the carrier-grade NAT range: refused even where private is allowed
        "100.100.100.200   | true  | link-local and cloud metadata addresses are not destinations",
    })
    void anAddressANameResolvesTo(String address, boolean allowPrivate, String refusal) throws Exception {
        List<InetAddress> own = List.of(InetAddress.getByName("203.0.113.7"));
        assertEquals(Optional.ofNullable(refusal),
                OutboundDestinations.refusalOf(InetAddress.getByName(address), allowPrivate, own));
    }
}
