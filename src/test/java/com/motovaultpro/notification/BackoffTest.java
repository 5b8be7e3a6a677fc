package com.motovaultpro.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BackoffTest {

    @ParameterizedTest(name = "attempt {0}, random {1}: {2} s")
    @CsvSource({
        "1,  0.0,   15",
        "1,  0.999, 29.985",
        "2,  0.0,   30",
        "3,  0.5,   90",
        "5,  0.0,   240",
        "9,  0.0,   3840",
        "10, 0.0,   7200",   // capped at 4 hours: half fixed
        "10, 1.0,   14400",
        "60, 0.0,   7200",   // no overflow however many attempts
        "0,  0.0,   15",
    })
    void doublesFromTheFirstWaitWithEqualJitterUpTo4Hours(int attempt, double random, double seconds) {
        assertEquals(Duration.ofMillis(Math.round(seconds * 1000)), Backoff.after(attempt, Duration.ofSeconds(30), () -> random));
    }
}
