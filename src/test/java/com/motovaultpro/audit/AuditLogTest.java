package com.motovaultpro.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AuditLogTest {

    private static final Instant AT = Instant.parse("2026-11-21T12:00:00Z");

    @Test
    void theLogLineIsOneJsonObjectWithWhoWhatWhenAndWhere() {
        AuditEvent event = new AuditEvent(AT, AuditAction.SHARE_INVITED, "ada", "vehicle 7", "invited \"bob\"\nas EDITOR",
                "203.0.113.9", "c0ffee");

        String line = AuditLog.jsonLine(event);
        JsonObject json = Json.createReader(new StringReader(line)).readObject();

        assertEquals(-1, line.indexOf('\n'), "one line, whatever the detail holds");
        assertEquals("SHARE_INVITED", json.getString("audit"));
        assertEquals("SUCCESS", json.getString("outcome"));
        assertEquals("2026-11-21T12:00:00Z", json.getString("at"));
        assertEquals("ada", json.getString("actor"));
        assertEquals("vehicle 7", json.getString("subject"));
        assertEquals("invited \"bob\"\nas EDITOR", json.getString("detail"));
        assertEquals("203.0.113.9", json.getString("client"));
        assertEquals("c0ffee", json.getString("correlationId"));
    }

    @Test
    void absentPartsAreLeftOutAndOverlongOnesCut() {
        AuditEvent event = new AuditEvent(AT, AuditAction.SIGN_IN_FAILED, null, null, "x".repeat(5000), null, null);
        JsonObject json = Json.createReader(new StringReader(AuditLog.jsonLine(event))).readObject();

        assertEquals(false, json.containsKey("actor"));
        assertEquals(1000, json.getString("detail").length());
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"SIGN_IN, SUCCESS", "SIGN_IN_FAILED, FAILURE", "SIGN_IN_THROTTLED, FAILURE", "API_KEY_REVOKED, SUCCESS"})
    void failuresAreMarkedAsSuch(AuditAction action, String outcome) {
        assertEquals(outcome, new AuditEvent(AT, action, "a", null, null, null, null).getOutcome());
    }
}
