package com.motovaultpro.tax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Recurring fees roll forward: which successor dates have fallen due by a given day. */
class RenewalsTest {

    @ParameterizedTest(name = "{0} every {1} {2}, today {3}, limit {4} -> [{5}]")
    @CsvSource(delimiter = '|', textBlock = """
            2024-01-15 | 12 | MONTHS | 2024-06-01 | 120 |
            2024-01-15 | 12 | MONTHS | 2025-01-14 | 120 |
            2024-01-15 | 12 | MONTHS | 2025-01-15 | 120 | 2025-01-15
            2024-01-15 | 12 | MONTHS | 2025-06-30 | 120 | 2025-01-15
            2022-01-15 | 12 | MONTHS | 2025-02-01 | 120 | 2023-01-15 2024-01-15 2025-01-15
            2024-01-31 | 1  | MONTHS | 2024-04-30 | 120 | 2024-02-29 2024-03-29 2024-04-29
            2023-01-31 | 1  | MONTHS | 2023-03-01 | 120 | 2023-02-28
            2024-02-29 | 12 | MONTHS | 2025-03-01 | 120 | 2025-02-28
            2024-03-01 | 30 | DAYS   | 2024-05-01 | 120 | 2024-03-31 2024-04-30
            2024-03-01 | 30 | DAYS   | 2024-03-30 | 120 |
            2024-12-20 | 14 | DAYS   | 2025-01-03 | 120 | 2025-01-03
            2024-01-01 | 1  | DAYS   | 2024-01-10 | 3   | 2024-01-02 2024-01-03 2024-01-04
            2024-01-01 | 6  | MONTHS | 2023-12-31 | 120 |
            2020-06-30 | 24 | MONTHS | 2024-06-30 | 120 | 2022-06-30 2024-06-30
            """)
    void successorsFallDueFromThePreviousFee(LocalDate date, int interval, RecurrenceUnit unit, LocalDate today,
                                             int limit, String expected) {
        List<LocalDate> want = expected == null ? List.of()
                : Arrays.stream(expected.trim().split("\\s+")).map(LocalDate::parse).toList();
        assertEquals(want, Renewals.due(date, interval, unit, today, limit));
    }

    @ParameterizedTest(name = "{0} + {1} {2} = {3}")
    @CsvSource(delimiter = '|', textBlock = """
            2024-01-15 | 12 | MONTHS | 2025-01-15
            2024-01-31 | 1  | MONTHS | 2024-02-29
            2024-01-31 | 90 | DAYS   | 2024-04-30
            """)
    void nextDue(LocalDate date, int interval, RecurrenceUnit unit, LocalDate expected) {
        assertEquals(expected, Renewals.next(date, interval, unit));
    }

    @Test
    void anIntervalMustBePositive() {
        assertThrows(IllegalArgumentException.class,
                () -> Renewals.due(LocalDate.of(2024, 1, 1), 0, RecurrenceUnit.DAYS, LocalDate.of(2024, 2, 1), 10));
    }
}
