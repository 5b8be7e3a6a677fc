package com.motovaultpro.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.nio.file.Files;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** X-Correlation-ID: accepted or generated, echoed, and on every log line of the request. */
@ExtendWith(RunningServer.class)
class CorrelationIdIT {

    private final LibertyServer server;

    CorrelationIdIT(LibertyServer server) {
        this.server = server;
    }

    @Test
    void callersIdIsEchoedAndAMissingOrUnsafeOneIsReplaced() {
        Api anonymous = Api.anonymous(server);
        String mine = "req-" + UUID.randomUUID();
        assertEquals(mine, anonymous.send(anonymous.request("/login.xhtml").header("X-Correlation-ID", mine).GET())
                .header("X-Correlation-ID"));

        String generated = anonymous.get("/login.xhtml").header("X-Correlation-ID");
        assertEquals(36, generated.length(), "a UUID");

        String unsafe = anonymous.send(anonymous.request("/login.xhtml").header("X-Correlation-ID", "<script>x</script>")
                .GET()).header("X-Correlation-ID");
        assertNotEquals("<script>x</script>", unsafe);
    }

    @Test
    void idIsOnTheResponseOfARejectedApiCallAndOnItsLogLines() throws Exception {
        String id = "failed-login-" + UUID.randomUUID();
        Api stranger = Api.as(server, "no-such-user-" + UUID.randomUUID(), "wrong-password");
        Api.Reply reply = stranger.send(stranger.request("/api/v1/account").header("X-Correlation-ID", id).GET());
        assertEquals(401, reply.status());
        assertEquals(id, reply.header("X-Correlation-ID"));
        assertEquals(id, reply.json().getString("correlationId"));

        List<JsonObject> lines = logLinesWith(id);
        assertFalse(lines.isEmpty(), "the failed sign-in is logged with the correlation id");
        assertTrue(lines.stream().anyMatch(l -> l.getString("message").contains("Sign-in failed")), lines.toString());
        lines.forEach(l -> assertEquals(id, l.getString("ext_correlationId")));
    }

    private List<JsonObject> logLinesWith(String id) throws Exception {
        for (int attempt = 0; attempt < 20; attempt++) {
            List<JsonObject> lines = Files.readAllLines(server.messagesLog()).stream()
                    .filter(l -> l.contains(id))
                    .map(l -> Json.createReader(new StringReader(l)).readObject())
                    // Messages only: the request's access event carries the id too (its response header).
                    .filter(l -> "liberty_message".equals(l.getString("type", "")))
                    .toList();
            if (!lines.isEmpty()) {
                return lines;
            }
            Thread.sleep(250); // the log is written asynchronously
        }
        return List.of();
    }
}
