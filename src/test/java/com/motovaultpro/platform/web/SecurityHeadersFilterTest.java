package com.motovaultpro.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * HSTS only over HTTPS as the container knows it (directly, or through a trusted proxy that
 * Liberty's remoteIp believed): a client's own {@code X-Forwarded-Proto} changes nothing.
 */
class SecurityHeadersFilterTest {

    @ParameterizedTest(name = "scheme {0}, X-Forwarded-Proto {1} -> HSTS {2}")
    @CsvSource(nullValues = "-", value = {
            "https, -,     true",
            "HTTPS, -,     true",
            "http,  https, false",
            "http,  -,     false",
    })
    void strictTransportSecurityFollowsTheSchemeTheContainerBelieves(String scheme, String forwardedProto,
                                                                     boolean hsts) throws Exception {
        HttpServletRequest request = forwardedProto == null ? FakeRequest.of(scheme, "cars.example.org", 9080)
                : FakeRequest.of(scheme, "cars.example.org", 9080, "X-Forwarded-Proto", forwardedProto);
        Map<String, String> headers = new HashMap<>();
        HttpServletResponse response = (HttpServletResponse) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {HttpServletResponse.class}, (proxy, method, args) -> {
                    if (method.getName().equals("setHeader")) {
                        headers.put((String) args[0], (String) args[1]);
                    }
                    return null;
                });
        new SecurityHeadersFilter().doFilter(request, response, (req, res) -> { });
        assertEquals(hsts, headers.containsKey("Strict-Transport-Security"), headers.toString());
    }
}
