package com.motovaultpro.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PublicUrlTest {

    @ParameterizedTest(name = "{0}://{1}:{2} forwarded proto {3}, port {4} → {5}")
    @CsvSource(nullValues = "-", value = {
            "http,  localhost,        9080, -,     -,    http://localhost:9080",
            "http,  cars.example.org, 80,   -,     -,    http://cars.example.org",
            "https, cars.example.org, 9080, https, -,    https://cars.example.org",
            "https, cars.example.org, 9080, https, 8443, https://cars.example.org:8443",
            "https, cars.example.org, 9080, https, 443,  https://cars.example.org",
            "http,  cars.example.org, 9080, http,  -,    http://cars.example.org",
            "http,  cars.example.org, 9080, -,     oops, http://cars.example.org:9080",
    })
    void theAddressPeopleUseNotTheServersOwnPort(String scheme, String host, int port, String proto, String fwdPort,
                                                 String expected) {
        String[] headers = proto == null && fwdPort == null ? new String[0]
                : proto == null ? new String[] {"X-Forwarded-Port", fwdPort}
                : fwdPort == null ? new String[] {"X-Forwarded-Proto", proto}
                : new String[] {"X-Forwarded-Proto", proto, "X-Forwarded-Port", fwdPort};
        assertEquals(expected, PublicUrl.base(FakeRequest.of(scheme, host, port, headers)));
    }
}
