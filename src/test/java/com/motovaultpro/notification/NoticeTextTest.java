package com.motovaultpro.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NoticeTextTest {

    private static JsonObject reminder(String urgency, String date, String odometer, String unit) {
        var facts = Json.createObjectBuilder().add("vehicle", "2019 Honda Civic").add("description", "Oil change")
                .add("urgency", urgency).add("odometerUnit", unit).add("link", "https://cars.example.org/v?id=1");
        if (date != null) {
            facts.add("dueDate", date);
        }
        if (odometer != null) {
            facts.add("dueOdometer", odometer);
        }
        return facts.build();
    }

    @ParameterizedTest(name = "{0}/{1}: {6}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "en | en-US | PAST_DUE    | 2026-12-01 | -         | KILOMETERS | Past due \u2013 due on Dec 1, 2026. | URGENT",
        "en | en-GB | URGENT      | -          | 120000.00 | MILES      | Due soon \u2013 due at 120,000 mi.  | NORMAL",
        "en | en-US | VERY_URGENT | 2026-12-01 | 120500.50 | KILOMETERS | Very urgent \u2013 due on Dec 1, 2026 or at 120,500.5 km. | HIGH",
        "de | de-DE | PAST_DUE    | 2026-12-01 | 120500.50 | KILOMETERS | \u00dcberf\u00e4llig \u2013 f\u00e4llig am 01.12.2026 oder bei 120.500,5 km. | URGENT",
    })
    void aDueReminderInThePersonsLanguageAndFormat(String language, String format, String urgency, String date,
                                                    String odometer, String unit, String text, Notice.Priority priority) {
        Notice notice = new NoticeText(Locale.forLanguageTag(language), Locale.forLanguageTag(format))
                .render(NotificationEvent.REMINDER_DUE, reminder(urgency, date, odometer, unit));
        assertEquals("2019 Honda Civic: Oil change", notice.title());
        assertEquals(text, notice.text());
        assertEquals(priority, notice.priority());
        assertEquals(List.of("wrench"), notice.tags());
        assertEquals(Optional.of(URI.create("https://cars.example.org/v?id=1")), notice.link());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "en | MotoVaultPro: test notification | This is a test of your notification channel \u201cPhone\u201d. It works.",
        "de | MotoVaultPro: Testbenachrichtigung | Dies ist ein Test Ihres Benachrichtigungskanals \u201ePhone\u201c. Er funktioniert.",
    })
    void aTest(String language, String title, String text) {
        Notice notice = new NoticeText(Locale.forLanguageTag(language), Locale.US)
                .render(NotificationEvent.TEST, Json.createObjectBuilder().add("channel", "Phone").build());
        assertEquals(title, notice.title());
        assertEquals(text, notice.text());
        assertEquals(Optional.empty(), notice.link());
    }

    @Test
    void aDigestListsEachDueReminderOnALine() {
        JsonObject facts = Json.createObjectBuilder().add("frequency", "WEEKLY").add("count", 2)
                .add("items", Json.createArrayBuilder()
                        .add(reminder("PAST_DUE", "2026-12-01", null, "KILOMETERS"))
                        .add(Json.createObjectBuilder().add("vehicle", "Van").add("description", "Tyres")
                                .add("urgency", "URGENT").add("odometerUnit", "MILES").add("dueOdometer", "50000")))
                .add("link", "https://cars.example.org/index.xhtml").build();
        Notice notice = new NoticeText(Locale.ENGLISH, Locale.US).render(NotificationEvent.DIGEST, facts);
        assertEquals("MotoVaultPro weekly digest: 2 due", notice.title());
        assertEquals("\u2022 2019 Honda Civic: Oil change \u2013 Past due, due on Dec 1, 2026\n"
                + "\u2022 Van: Tyres \u2013 Due soon, due at 50,000 mi", notice.text());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "en | Car: Registration renewed | \u201cRegistration\u201d recurs: its next one, due on Jan 15, 2027, is now in the logbook.",
        "de | Car: Registration erneuert | \u201eRegistration\u201c wiederholt sich: Die n\u00e4chste, f\u00e4llig am 15.01.2027, steht jetzt im Fahrtenbuch.",
    })
    void aRenewedFee(String language, String title, String text) {
        Locale locale = Locale.forLanguageTag(language);
        Notice notice = new NoticeText(locale, language.equals("de") ? Locale.GERMANY : Locale.US)
                .render(NotificationEvent.FEE_RENEWED, Json.createObjectBuilder().add("vehicle", "Car")
                        .add("description", "Registration").add("date", "2027-01-15").build());
        assertEquals(title, notice.title());
        assertEquals(text, notice.text());
    }

    @Test
    void anInvitationAndAnImport() {
        NoticeText english = new NoticeText(Locale.ENGLISH, Locale.US);
        assertEquals("pat invites you to Car as Editor. Accept or decline it in your garage.",
                english.render(NotificationEvent.INVITATION, Json.createObjectBuilder().add("vehicle", "Car")
                        .add("invitedBy", "pat").add("role", "EDITOR").build()).text());
        assertEquals("1,200 Fuel records imported; 3 rows were left out (the import report lists them).",
                english.render(NotificationEvent.IMPORT_FINISHED, Json.createObjectBuilder().add("vehicle", "Car")
                        .add("recordType", "fuel").add("stored", 1200).add("refused", 3).build()).text());
    }
}
