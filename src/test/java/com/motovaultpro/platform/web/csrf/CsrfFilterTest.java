package com.motovaultpro.platform.web.csrf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.motovaultpro.platform.web.FakeRequest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Where a state-changing request comes from (the token part needs a session: see CsrfIT). */
class CsrfFilterTest {

    @ParameterizedTest(name = "Origin {0}, Referer {1} → refused: {2}")
    @CsvSource(nullValues = "-", value = {
            "https://cars.example.org,      -,                                  false",
            "http://cars.example.org:9080,  -,                                  false",
            "https://CARS.example.org,      -,                                  false",
            "https://evil.example,          -,                                  true",
            "https://cars.example.org.evil, -,                                  true",
            "null,                          -,                                  true",
            "null,                          https://cars.example.org/settings,  false",
            "-,                             https://cars.example.org/settings,  false",
            "-,                             https://evil.example/cars,          true",
            "-,                             -,                                  false",
            "not a url,                     -,                                  true",
    })
    void aRequestFromAnotherSiteIsRefused(String origin, String referer, boolean refused) {
        String[] headers = origin == null && referer == null ? new String[0]
                : origin == null ? new String[] {"Referer", referer}
                : referer == null ? new String[] {"Origin", origin}
                : new String[] {"Origin", origin, "Referer", referer};
        // Behind a TLS-terminating proxy: the server itself sees http on port 9080.
        String refusal = CsrfFilter.refusal(FakeRequest.of("http", "cars.example.org", 9080, headers));
        assertEquals(refused, refusal != null, String.valueOf(refusal));
    }
}
