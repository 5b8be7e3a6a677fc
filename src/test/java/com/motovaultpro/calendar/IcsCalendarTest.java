package com.motovaultpro.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The calendar feed's iCalendar text: structure, escaping and folding per RFC 5545. */
class IcsCalendarTest {

    private static final Instant NOW = Instant.parse("2025-06-01T08:30:00Z");

    @Test
    void allDayEventsInACalendar() {
        String ics = IcsCalendar.of("MotoVaultPro", List.of(new IcsCalendar.Event("reminder-7@motovaultpro",
                LocalDate.of(2025, 9, 1), "MV-1234: Oil change", "Very urgent")), NOW);
        assertEquals(String.join("\r\n", "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//MotoVaultPro//Reminders//EN",
                "CALSCALE:GREGORIAN", "METHOD:PUBLISH", "X-WR-CALNAME:MotoVaultPro", "BEGIN:VEVENT",
                "UID:reminder-7@motovaultpro", "DTSTAMP:20250601T083000Z", "DTSTART;VALUE=DATE:20250901",
                "DTEND;VALUE=DATE:20250902", "SUMMARY:MV-1234: Oil change", "DESCRIPTION:Very urgent",
                "TRANSP:TRANSPARENT", "END:VEVENT", "END:VCALENDAR", ""), ics);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            "a;b"          | "a\\;b"
            "a,b"          | "a\\,b"
            "back\\slash"  | "back\\\\slash"
            "plain: text"  | "plain: text"
            """)
    void textIsEscaped(String text, String escaped) {
        assertEquals(escaped, IcsCalendar.escape(text));
        assertEquals("two\\nlines", IcsCalendar.escape("two\nlines"));
    }

    @Test
    void longLinesAreFoldedAt75OctetsWithoutSplittingCharacters() {
        String summary = "Ölwechsel und Inspektion für den Wohnmobil-Anhänger ".repeat(4);
        String ics = IcsCalendar.of("x", List.of(new IcsCalendar.Event("u", LocalDate.of(2025, 1, 1), summary, null)), NOW);
        assertTrue(ics.endsWith("\r\n"));
        List<String> lines = Arrays.asList(ics.split("\r\n"));
        lines.forEach(line -> assertTrue(line.getBytes(StandardCharsets.UTF_8).length <= 75, line));
        String unfolded = ics.replace("\r\n ", "");
        assertTrue(unfolded.contains("SUMMARY:" + summary.strip()) || unfolded.contains("SUMMARY:" + summary),
                "unfolding gives the text back");
        assertTrue(lines.stream().filter(l -> l.startsWith(" ")).count() >= 3, "folded into continuation lines");
    }
}
