package com.motovaultpro.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.motovaultpro.reminder.Due;
import com.motovaultpro.reminder.Urgency;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UrgencyNoticeTest {

    private static Due due(String date, String odometer) {
        return Due.of(date == null ? null : LocalDate.parse(date), odometer == null ? null : new BigDecimal(odometer));
    }

    @ParameterizedTest(name = "told {0} for {1}/{2}, now {5} for {3}/{4}: {6}")
    @CsvSource(nullValues = "-", value = {
        // nobody told yet
        "-,           -,          -,        2026-12-10, -,        NOT_URGENT,  NOTHING",
        "-,           -,          -,        2026-12-10, -,        URGENT,      NOTIFY",
        "-,           -,          -,        -,          120000,   PAST_DUE,    NOTIFY",
        // the same due values: only more urgent is news
        "URGENT,      2026-12-10, -,        2026-12-10, -,        URGENT,      NOTHING",
        "URGENT,      2026-12-10, -,        2026-12-10, -,        VERY_URGENT, NOTIFY",
        "VERY_URGENT, 2026-12-10, -,        2026-12-10, -,        PAST_DUE,    NOTIFY",
        "PAST_DUE,    2026-12-10, -,        2026-12-10, -,        PAST_DUE,    NOTHING",
        "PAST_DUE,    2026-12-10, -,        2026-12-10, -,        URGENT,      NOTHING",
        "PAST_DUE,    2026-12-10, -,        2026-12-10, -,        NOT_URGENT,  NOTHING",
        "URGENT,      -,          120000.00, -,         120000,   URGENT,      NOTHING",
        // the reminder moved on (done, recurring): news again once urgent, forgotten until then
        "PAST_DUE,    2026-12-10, -,        2027-12-10, -,        URGENT,      NOTIFY",
        "PAST_DUE,    2026-12-10, -,        2027-12-10, -,        NOT_URGENT,  FORGET",
        "PAST_DUE,    -,          120000,   -,          130000,   NOT_URGENT,  FORGET",
        "URGENT,      2026-12-10, 120000,   2026-12-10, -,        URGENT,      NOTIFY",
    })
    void decides(Urgency toldUrgency, String toldDate, String toldOdometer, String date, String odometer, Urgency now,
                 UrgencyNotice.Decision decision) {
        Optional<UrgencyNotice.Told> told = toldUrgency == null ? Optional.empty()
                : Optional.of(new UrgencyNotice.Told(toldUrgency, due(toldDate, toldOdometer)));
        assertEquals(decision, UrgencyNotice.decide(told, due(date, odometer), now));
    }
}
