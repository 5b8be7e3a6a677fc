package com.motovaultpro.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PaceTest {

    @ParameterizedTest(name = "{0}/s, asked at {1} ms: waits {2} ms")
    @CsvSource(delimiter = '|', value = {
        // 4 a second: slots every 250 ms
        "4 | 0,0,0,0          | 0,250,500,750",
        "4 | 0,100,600,2000   | 0,150,0,0",
        "4 | 1000,1000,1100   | 0,250,400",
        "50 | 0,0,0           | 0,20,40",
    })
    void eachDeliveryTakesTheNextFreeSlot(int perSecond, String askedAt, String waits) {
        Pace pace = new Pace(perSecond);
        String[] asked = askedAt.split(",");
        String[] expected = waits.split(",");
        for (int i = 0; i < asked.length; i++) {
            long now = Long.parseLong(asked[i].strip()) * 1_000_000;
            assertEquals(Long.parseLong(expected[i].strip()) * 1_000_000, pace.waitNanos(now), "delivery " + i);
        }
    }
}
