package com.motovaultpro.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.motovaultpro.reminder.Due;
import com.motovaultpro.reminder.Thresholds;
import com.motovaultpro.reminder.Urgency;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ReminderOutlookTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 21);
    private static final Thresholds DEFAULTS = Thresholds.DEFAULTS; // 30 / 7 days, 100 / 50 distance

    /**
     * Reminders, current odometer, daily distance → counts "past/very/urgent/not" at 0, 30, 60, 90 days.
     */
    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("none", List.of(), "10000", "0", "0/0/0/0 0/0/0/0 0/0/0/0 0/0/0/0"),
                Arguments.of("by date: due in 45 days moves not urgent → urgent → past due",
                        List.of(byDate(45)), null, null, "0/0/0/1 0/0/1/0 1/0/0/0 1/0/0/0"),
                Arguments.of("by date: due in 35 days is very urgent at +30",
                        List.of(byDate(35)), null, null, "0/0/0/1 0/1/0/0 1/0/0/0 1/0/0/0"),
                Arguments.of("past due now stays past due",
                        List.of(byDate(-3)), null, null, "1/0/0/0 1/0/0/0 1/0/0/0 1/0/0/0"),
                Arguments.of("by odometer with 10 per day: 1000 left → 700, 400, 100 left",
                        List.of(byOdometer("11000")), "10000", "10", "0/0/0/1 0/0/0/1 0/0/0/1 0/0/1/0"),
                Arguments.of("by odometer without a daily average: nothing moves",
                        List.of(byOdometer("10080")), "10000", null, "0/0/1/0 0/0/1/0 0/0/1/0 0/0/1/0"),
                Arguments.of("by odometer without a current odometer: cannot be judged, not urgent",
                        List.of(byOdometer("10080")), null, "10", "0/0/0/1 0/0/0/1 0/0/0/1 0/0/0/1"),
                Arguments.of("both: the odometer wins when it comes first",
                        List.of(both(200, "10400")), "10000", "10", "0/0/0/1 0/0/1/0 1/0/0/0 1/0/0/0"),
                Arguments.of("own thresholds (60 days urgent) judge only their own reminder",
                        List.of(new ReminderOutlook.Open(Due.of(TODAY.plusDays(80), null),
                                        new Thresholds(60, 7, new BigDecimal("100"), new BigDecimal("50"))),
                                byDate(80)),
                        null, null, "0/0/0/2 0/0/1/1 0/0/2/0 2/0/0/0"),
                Arguments.of("due exactly on the horizon day is past due that day",
                        List.of(byDate(30)), null, null, "0/0/1/0 1/0/0/0 1/0/0/0 1/0/0/0"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void remindersByUrgencyNowAndAhead(String name, List<ReminderOutlook.Open> reminders, String odometer, String daily,
                                       String expected) {
        List<ReminderOutlook.Horizon> outlook = ReminderOutlook.of(reminders, TODAY,
                Optional.ofNullable(odometer).map(BigDecimal::new), Optional.ofNullable(daily).map(BigDecimal::new));
        assertEquals(List.of(0, 30, 60, 90), outlook.stream().map(ReminderOutlook.Horizon::days).toList());
        assertEquals(expected, outlook.stream()
                .map(h -> Stream.of(Urgency.values()).map(u -> String.valueOf(h.counts().get(u)))
                        .collect(Collectors.joining("/")))
                .collect(Collectors.joining(" ")));
    }

    private static ReminderOutlook.Open byDate(int days) {
        return new ReminderOutlook.Open(Due.of(TODAY.plusDays(days), null), DEFAULTS);
    }

    private static ReminderOutlook.Open byOdometer(String odometer) {
        return new ReminderOutlook.Open(Due.of(null, new BigDecimal(odometer)), DEFAULTS);
    }

    private static ReminderOutlook.Open both(int days, String odometer) {
        return new ReminderOutlook.Open(Due.of(TODAY.plusDays(days), new BigDecimal(odometer)), DEFAULTS);
    }
}
