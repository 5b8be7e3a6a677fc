package com.motovaultpro.reminder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Reminder urgency and recurrence, as the SPEC states them. Today is 2025-06-01 throughout. */
class ReminderRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 6, 1);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            date: yesterday                          | 2025-05-31 |        |        | -          | PAST_DUE
            date: due today                          | 2025-06-01 |        |        | -          | PAST_DUE
            date: in 1 day                           | 2025-06-02 |        |        | -          | VERY_URGENT
            date: in 7 days (very urgent edge)       | 2025-06-08 |        |        | -          | VERY_URGENT
            date: in 8 days                          | 2025-06-09 |        |        | -          | URGENT
            date: in 30 days (urgent edge)           | 2025-07-01 |        |        | -          | URGENT
            date: in 31 days                         | 2025-07-02 |        |        | -          | NOT_URGENT
            odometer: passed                         |            | 10000  | 10100  | -          | PAST_DUE
            odometer: reached exactly                |            | 10000  | 10000  | -          | PAST_DUE
            odometer: 50 left (very urgent edge)     |            | 10000  | 9950   | -          | VERY_URGENT
            odometer: 50.5 left                      |            | 10000  | 9949.5 | -          | URGENT
            odometer: 100 left (urgent edge)         |            | 10000  | 9900   | -          | URGENT
            odometer: 101 left                       |            | 10000  | 9899   | -          | NOT_URGENT
            odometer: current unknown                |            | 10000  |        | -          | NOT_URGENT
            both: date wins (past due)               | 2025-05-01 | 20000  | 10000  | -          | PAST_DUE
            both: odometer wins (past due)           | 2026-01-01 | 10000  | 10001  | -          | PAST_DUE
            both: date very urgent, odometer urgent  | 2025-06-05 | 10080  | 10000  | -          | VERY_URGENT
            both: odometer very urgent, date far     | 2026-01-01 | 10040  | 10000  | -          | VERY_URGENT
            both: neither urgent                     | 2026-01-01 | 20000  | 10000  | -          | NOT_URGENT
            custom: 60 days makes 45 days urgent     | 2025-07-16 |        |        | 60/14/1000/500 | URGENT
            custom: 14 days makes 10 days very urgent| 2025-06-11 |        |        | 60/14/1000/500 | VERY_URGENT
            custom: 500 units very urgent            |            | 10400  | 10000  | 60/14/1000/500 | VERY_URGENT
            custom: zero thresholds, due tomorrow    | 2025-06-02 |        |        | 0/0/0/0    | NOT_URGENT
            """)
    void urgency(String name, LocalDate date, BigDecimal dueOdometer, BigDecimal current, String custom, Urgency expected) {
        Thresholds thresholds = "-".equals(custom) ? Thresholds.DEFAULTS : parse(custom);
        assertEquals(expected, ReminderRules.urgency(Due.of(date, dueOdometer), TODAY, Optional.ofNullable(current),
                thresholds));
    }

    @Test
    void oneRemindersThresholdsNeverLeakIntoAnother() {
        // The same due date, judged in one list: only the reminder with its own thresholds is urgent.
        Due in45Days = Due.of(TODAY.plusDays(45), null);
        Thresholds generous = parse("60/14/1000/500");
        List<Thresholds> perReminder = List.of(Thresholds.DEFAULTS, generous, Thresholds.DEFAULTS);
        List<Urgency> urgencies = perReminder.stream()
                .map(t -> ReminderRules.urgency(in45Days, TODAY, Optional.empty(), t)).toList();
        assertEquals(List.of(Urgency.NOT_URGENT, Urgency.URGENT, Urgency.NOT_URGENT), urgencies);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            from the record: date and distance      | 2025-05-01 | 10000 | P6M  | 5000 | 2025-05-20 | 9800  | false | 2025-11-20 | 14800
            fixed intervals: date and distance      | 2025-05-01 | 10000 | P6M  | 5000 | 2025-05-20 | 9800  | true  | 2025-11-01 | 15000
            from the record: late service shifts    | 2025-05-01 |       | P1Y  |      | 2025-07-15 |       | false | 2026-07-15 |
            fixed intervals: late service does not  | 2025-05-01 |       | P1Y  |      | 2025-07-15 |       | true  | 2026-05-01 |
            from the record: distance only          |            | 10000 |      | 7500 | 2025-05-20 | 10250 | false |            | 17750
            record without odometer: previous due   |            | 10000 |      | 7500 | 2025-05-20 |       | false |            | 17500
            fixed, no previous date: from record    |            | 10000 | P90D | 7500 | 2025-05-20 | 10250 | true  | 2025-08-18 | 17500
            days interval                           | 2025-05-01 |       | P30D |      | 2025-05-03 |       | false | 2025-06-02 |
            month end                               | 2025-01-31 |       | P1M  |      | 2025-01-31 |       | true  | 2025-02-28 |
            """)
    void recurringCompletion(String name, LocalDate dueDate, BigDecimal dueOdometer, String interval, BigDecimal distance,
                             LocalDate doneOn, BigDecimal doneAt, boolean fixed, LocalDate nextDate, BigDecimal nextOdometer) {
        Due next = ReminderRules.next(Due.of(dueDate, dueOdometer),
                Recurrence.of(interval == null ? null : Period.parse(interval), distance), doneOn,
                Optional.ofNullable(doneAt), fixed);
        assertEquals(Optional.ofNullable(nextDate), next.date(), "date");
        assertEquals(Optional.ofNullable(nextOdometer), next.odometer(), "odometer");
    }

    @Test
    void nonsenseIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> Due.of(null, null));
        assertThrows(IllegalArgumentException.class, () -> Recurrence.of(null, null));
        assertThrows(IllegalArgumentException.class, () -> Recurrence.of(Period.ZERO, null));
        assertThrows(IllegalArgumentException.class, () -> Recurrence.of(null, BigDecimal.ZERO));
        assertThrows(IllegalArgumentException.class, () -> new Thresholds(-1, 7, BigDecimal.TEN, BigDecimal.ONE));
    }

    private static Thresholds parse(String spec) {
        String[] p = spec.split("/");
        return new Thresholds(Integer.parseInt(p[0]), Integer.parseInt(p[1]), new BigDecimal(p[2]), new BigDecimal(p[3]));
    }
}
