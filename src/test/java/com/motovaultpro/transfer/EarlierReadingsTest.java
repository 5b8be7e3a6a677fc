package com.motovaultpro.transfer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.motovaultpro.logbook.RecordContext.EarlierReading;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Steps: {@code ?day} asks for the highest reading before that day, {@code +odometer@day} accepts a
 * row's reading; the answers are listed in order, {@code -} for none.
 */
class EarlierReadingsTest {

    @ParameterizedTest(name = "stored [{0}], {1}: {2}")
    @CsvSource(delimiter = '|', value = {
        // nothing stored, nothing accepted
        "                              | ?2024-01-05                                        | -",
        // a stored reading counts from the next day on, not on its own day
        "100@2024-01-05                | ?2024-01-05 ?2024-01-06                            | - 100@2024-01-05",
        // the highest, not the latest
        "300@2024-01-01 200@2024-01-03 | ?2024-01-04                                        | 300@2024-01-01",
        // an accepted row counts for later days, not for its own day
        "                              | ?2024-01-05 +150@2024-01-05 ?2024-01-05 ?2024-01-06 | - - 150@2024-01-05",
        // accepted and stored readings mix by date
        "100@2024-01-01 500@2024-03-01 | ?2024-02-01 +200@2024-02-01 ?2024-02-15 ?2024-03-02 | 100@2024-01-01 200@2024-02-01 500@2024-03-01",
        // a refused row (not accepted) never counts
        "100@2024-01-01                | ?2024-02-01 ?2024-02-02                            | 100@2024-01-01 100@2024-01-01",
        // on a tie the reading seen first stays
        "100@2024-01-01 100@2024-01-02 | ?2024-01-03                                        | 100@2024-01-01",
        // days skipped between questions: every stored reading up to the day asked is folded in
        "1@2024-01-01 2@2024-01-02 3@2024-01-03 | ?2024-01-10                               | 3@2024-01-03",
    })
    void answersInDateOrder(String stored, String steps, String expected) {
        EarlierReadings readings = new EarlierReadings(parse(stored));
        List<String> answers = new ArrayList<>();
        for (String step : steps.trim().split("\\s+")) {
            if (step.startsWith("?")) {
                answers.add(readings.before(LocalDate.parse(step.substring(1)))
                        .map(r -> r.odometer().toPlainString() + "@" + r.date()).orElse("-"));
            } else {
                readings.accepted(reading(step.substring(1)));
            }
        }
        assertEquals(expected.trim(), String.join(" ", answers));
    }

    @Test
    void refusesRowsOutOfDateOrder() {
        EarlierReadings readings = new EarlierReadings(List.of());
        readings.before(LocalDate.parse("2024-02-01"));
        assertThrows(IllegalArgumentException.class, () -> readings.before(LocalDate.parse("2024-01-31")));
        assertThrows(IllegalArgumentException.class, () -> readings.accepted(reading("5@2024-01-31")));
    }

    private static List<EarlierReading> parse(String stored) {
        if (stored == null || stored.isBlank()) {
            return List.of();
        }
        return Arrays.stream(stored.trim().split("\\s+")).map(EarlierReadingsTest::reading).toList();
    }

    private static EarlierReading reading(String text) {
        String[] parts = text.split("@");
        return new EarlierReading(new BigDecimal(parts[0]), LocalDate.parse(parts[1]));
    }
}
