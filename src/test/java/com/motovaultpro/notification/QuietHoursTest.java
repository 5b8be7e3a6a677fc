package com.motovaultpro.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuietHoursTest {

    @ParameterizedTest(name = "{0}-{1} in {2} at {3}: held until {4}")
    @CsvSource(nullValues = "-", value = {
        // over midnight
        "22:00, 07:00, Europe/Berlin,    2026-12-07T20:59:00Z, -",
        "22:00, 07:00, Europe/Berlin,    2026-12-07T21:00:00Z, 2026-12-08T06:00:00Z",
        "22:00, 07:00, Europe/Berlin,    2026-12-08T02:30:00Z, 2026-12-08T06:00:00Z",
        "22:00, 07:00, Europe/Berlin,    2026-12-08T06:00:00Z, -",
        // within a day
        "12:00, 14:00, America/New_York, 2026-07-01T16:30:00Z, 2026-07-01T18:00:00Z",
        "12:00, 14:00, America/New_York, 2026-07-01T18:00:00Z, -",
        // none
        "07:00, 07:00, UTC,              2026-12-07T07:00:00Z, -",
        // the night the clocks go forward in Berlin (29 March 2026, 02:00 → 03:00): until 02:30 is 03:30 local
        "23:00, 02:30, Europe/Berlin,    2026-03-28T23:00:00Z, 2026-03-29T01:30:00Z",
    })
    void holdsPushesInsideTheQuietHours(LocalTime from, LocalTime until, String zone, Instant now, Instant held) {
        assertEquals(Optional.ofNullable(held), new QuietHours(from, until).holdUntil(now, ZoneId.of(zone)));
    }
}
