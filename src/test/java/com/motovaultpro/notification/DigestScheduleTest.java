package com.motovaultpro.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DigestScheduleTest {

    @ParameterizedTest(name = "{1} at {2}:00 ({3}) in {4} after {0}: {5}")
    @CsvSource({
        "2026-12-07T05:00:00Z, DAILY,  7, MONDAY,   Europe/Berlin,    2026-12-07T06:00:00Z",
        "2026-12-07T06:00:00Z, DAILY,  7, MONDAY,   Europe/Berlin,    2026-12-08T06:00:00Z",
        "2026-12-07T06:30:00Z, DAILY,  7, MONDAY,   Europe/Berlin,    2026-12-08T06:00:00Z",
        "2026-12-07T10:00:00Z, DAILY,  7, MONDAY,   America/New_York, 2026-12-07T12:00:00Z",
        // weekly: Monday 7 December 2026
        "2026-12-07T05:00:00Z, WEEKLY, 7, MONDAY,   Europe/Berlin,    2026-12-07T06:00:00Z",
        "2026-12-07T06:00:00Z, WEEKLY, 7, MONDAY,   Europe/Berlin,    2026-12-14T06:00:00Z",
        "2026-12-07T06:00:00Z, WEEKLY, 18, SUNDAY,  Europe/Berlin,    2026-12-13T17:00:00Z",
        // clocks go forward in Berlin on 29 March 2026 at 02:00: a 2 o'clock digest comes at 03:00 CEST
        "2026-03-28T12:00:00Z, DAILY,  2, MONDAY,   Europe/Berlin,    2026-03-29T01:00:00Z",
        // and back on 25 October 2026: 7 o'clock is 06:00 UTC again
        "2026-10-24T06:00:00Z, DAILY,  8, MONDAY,   Europe/Berlin,    2026-10-25T07:00:00Z",
    })
    void nextDigest(Instant after, DigestSchedule.Frequency frequency, int hour, DayOfWeek day, String zone, Instant next) {
        assertEquals(next, DigestSchedule.next(after, ZoneId.of(zone), frequency, hour, day));
    }
}
