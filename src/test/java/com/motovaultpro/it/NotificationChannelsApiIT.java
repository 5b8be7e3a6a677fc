package com.motovaultpro.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.motovaultpro.notification.WebhookSignature;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Webhook, ntfy and Gotify channels over the API against a real local receiver: what arrives
 * (payload, signature, idempotency key, headers), retries after 500s and timeouts, the channel
 * marked failing, the circuit breaker, and destinations the server must not reach.
 */
@ExtendWith(RunningServer.class)
class NotificationChannelsApiIT {

    private static final String CHANNELS = "/api/v1/account/notification-channels";
    private static final Duration WAIT = Duration.ofSeconds(20);

    private final LibertyServer server;

    NotificationChannelsApiIT(LibertyServer server) {
        this.server = server;
    }

    private static JsonObject create(Api user, String json) {
        Api.Reply reply = user.post(CHANNELS, json);
        assertEquals(201, reply.status(), reply.body());
        return reply.json();
    }

    private static String webhook(String url) {
        return "{\"kind\":\"WEBHOOK\",\"name\":\"My hook\",\"target\":\"" + url + "\"}";
    }

    private static long test(Api user, long channel) {
        Api.Reply reply = user.post(CHANNELS + "/" + channel + "/test", "");
        assertEquals(202, reply.status(), reply.body());
        return reply.json().getJsonNumber("notificationId").longValue();
    }

    /** Waits until the history entry {@code id} satisfies {@code done}; returns it. */
    private static JsonObject awaitNotification(Api user, long id, Predicate<JsonObject> done) throws InterruptedException {
        long end = System.nanoTime() + WAIT.toNanos();
        JsonObject last = null;
        while (System.nanoTime() < end) {
            for (JsonObject n : user.get("/api/v1/account/notifications").jsonValue().asJsonArray()
                    .getValuesAs(JsonObject.class)) {
                if (n.getJsonNumber("id").longValue() == id) {
                    last = n;
                    if (done.test(n)) {
                        return n;
                    }
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("notification " + id + " did not get there: " + last);
    }

    private static JsonObject channel(Api user, long id) {
        return user.get(CHANNELS).jsonValue().asJsonArray().getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getJsonNumber("id").longValue() == id).findFirst().orElseThrow();
    }

    @Test
    void aWebhookTestIsSignedCarriesItsIdempotencyKeyAndShowsAsSent() throws Exception {
        Api user = Api.newUser(server, "hook");
        try (HookReceiver receiver = new HookReceiver()) {
            JsonObject created = create(user, webhook(receiver.url("/hook").toString()));
            String secret = created.getString("secret");
            assertTrue(secret.startsWith("whsec_"), secret);
            long id = created.getJsonNumber("id").longValue();
            assertFalse(channel(user, id).containsKey("secret"), "the secret is never shown again");

            long notification = test(user, id);
            HookReceiver.Received hook = receiver.await(1, WAIT).get(0);
            awaitNotification(user, notification, n -> n.getString("status").equals("SENT"));

            assertEquals("POST", hook.method());
            assertEquals("/hook", hook.path());
            assertTrue(hook.header("content-type").startsWith("application/json"), hook.header("content-type"));
            assertTrue(WebhookSignature.verifies(secret.getBytes(StandardCharsets.UTF_8),
                    hook.header("motovaultpro-signature"), hook.body(), Instant.now().getEpochSecond(), 300),
                    "signed with the channel's secret over the body");
            assertFalse(WebhookSignature.verifies("whsec_other".getBytes(StandardCharsets.UTF_8),
                    hook.header("motovaultpro-signature"), hook.body(), Instant.now().getEpochSecond(), 300));
            JsonObject payload = Json.createReader(new StringReader(hook.text())).readObject();
            assertEquals(1, payload.getInt("version"));
            assertEquals("test", payload.getString("event"));
            assertEquals(hook.header("idempotency-key"), payload.getString("id"));
            assertEquals("test", hook.header("motovaultpro-event"));
            assertTrue(payload.getString("text").contains("My hook"), payload.toString());
            assertEquals("My hook", payload.getJsonObject("data").getString("channel"));
            assertFalse(hook.text().contains(secret), "the secret is not in the payload");
            assertEquals("ACTIVE", channel(user, id).getString("status"));
        }
    }

    @Test
    void aFailedDeliveryIsRetriedWithTheSameIdempotencyKeyAfter500sAndTimeouts() throws Exception {
        Api user = Api.newUser(server, "retry");
        try (HookReceiver receiver = new HookReceiver()) {
            // A 500, then no answer within the server's 2 s, then success.
            receiver.answer(HookReceiver.Answer.status(500), new HookReceiver.Answer(200, Duration.ofSeconds(4)));
            long id = create(user, webhook(receiver.url("/flaky").toString())).getJsonNumber("id").longValue();
            long notification = test(user, id);

            JsonObject sent = awaitNotification(user, notification, n -> n.getString("status").equals("SENT"));
            List<HookReceiver.Received> attempts = receiver.received();
            assertEquals(3, attempts.size());
            assertEquals(3, sent.getInt("attempts"));
            assertEquals(1, attempts.stream().map(a -> a.header("idempotency-key")).distinct().count(),
                    "every attempt carries the same idempotency key");
            assertEquals("ACTIVE", channel(user, id).getString("status"), "a success clears the failures");
        }
    }

    @Test
    void repeatedFailuresMarkTheChannelFailingWithTheReasonAndOpenTheHostsCircuit() throws Exception {
        Api user = Api.newUser(server, "failing");
        try (HookReceiver receiver = new HookReceiver()) {
            HookReceiver.Answer[] errors = new HookReceiver.Answer[100];
            Arrays.fill(errors, HookReceiver.Answer.status(503));
            receiver.answer(errors);
            long id = create(user, webhook(receiver.url("/down").toString())).getJsonNumber("id").longValue();
            List<Long> notifications = List.of(test(user, id), test(user, id), test(user, id));

            awaitNotification(user, notifications.get(0), n -> n.getInt("attempts") >= 2);
            JsonObject failing = channel(user, id);
            assertEquals("FAILING", failing.getString("status"), failing.toString());
            assertTrue(failing.getString("lastFailure").startsWith("HTTP 503"), failing.toString());

            // After half of at least five attempts to the host failed, the server stops trying it for a while.
            JsonObject deferred = awaitNotification(user, notifications.get(2),
                    n -> !n.isNull("lastError") && n.getString("lastError").contains("failed repeatedly"));
            assertEquals("PENDING", deferred.getString("status"));
            int calls = receiver.received().size();
            Thread.sleep(3000);
            assertEquals(calls, receiver.received().size(), "nothing is sent to a host whose circuit is open");
        }
    }

    @Test
    void aPersonsWrongTokenDoesNotOpenTheCircuitOfAHostOthersUse() throws Exception {
        Api user = Api.newUser(server, "wrongtoken");
        try (HookReceiver receiver = new HookReceiver()) {
            HookReceiver.Answer[] refusals = new HookReceiver.Answer[100];
            Arrays.fill(refusals, HookReceiver.Answer.status(401));
            receiver.answer(refusals);
            long id = create(user, "{\"kind\":\"NTFY\",\"name\":\"n\",\"target\":\"" + receiver.url("/t")
                    + "\",\"token\":\"wrong\"}").getJsonNumber("id").longValue();
            List<Long> notifications = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                notifications.add(test(user, id));
            }
            receiver.await(8, WAIT);
            for (long n : notifications) {
                JsonObject entry = awaitNotification(user, n, e -> e.getInt("attempts") >= 1);
                assertTrue(entry.getString("lastError").startsWith("HTTP 401"), entry.toString());
            }
            assertTrue(receiver.received().size() >= 8, "401s never stop deliveries to the host: "
                    + receiver.received().size());
        }
    }

    @Test
    void ntfyGetsTitlePriorityTagsAndItsToken() throws Exception {
        Api user = Api.newUser(server, "ntfy");
        try (HookReceiver receiver = new HookReceiver()) {
            long id = create(user, "{\"kind\":\"NTFY\",\"name\":\"Phone\",\"target\":\"" + receiver.url("/mytopic")
                    + "\",\"token\":\"tk_abc123\"}").getJsonNumber("id").longValue();
            test(user, id);
            HookReceiver.Received push = receiver.await(1, WAIT).get(0);
            assertEquals("/mytopic", push.path());
            assertEquals("MotoVaultPro: test notification", push.header("title"));
            assertEquals("3", push.header("priority"));
            assertEquals("white_check_mark", push.header("tags"));
            assertEquals("Bearer tk_abc123", push.header("authorization"));
            assertTrue(push.text().contains("\u201cPhone\u201d"), push.text());
        }
    }

    @Test
    void gotifyGetsAJsonMessageWithItsAppToken() throws Exception {
        Api user = Api.newUser(server, "gotify");
        try (HookReceiver receiver = new HookReceiver()) {
            long id = create(user, "{\"kind\":\"GOTIFY\",\"name\":\"Gotify\",\"target\":\"" + receiver.url("/gotify/")
                    + "\",\"token\":\"AbCdEf\",\"events\":[\"REMINDER_DUE\"]}").getJsonNumber("id").longValue();
            test(user, id);
            HookReceiver.Received push = receiver.await(1, WAIT).get(0);
            assertEquals("/gotify/message", push.path());
            assertEquals("AbCdEf", push.header("x-gotify-key"));
            JsonObject message = Json.createReader(new StringReader(push.text())).readObject();
            assertEquals("MotoVaultPro: test notification", message.getString("title"));
            assertEquals(5, message.getInt("priority"));
            assertTrue(message.getString("message").contains("Gotify"));
        }
    }

    @Test
    void destinationsTheServerMustNotReachAreRefusedWithAFieldError() throws Exception {
        Api user = Api.newUser(server, "ssrf");
        String ownName = InetAddress.getLocalHost().getHostName();
        for (String url : List.of("http://127.0.0.1:9180/api/v1/vehicles", "http://169.254.169.254/latest/meta-data/",
                "http://localhost:9180/", "http://" + ownName + ":9180/", "http://[::1]:9180/",
                "http://[::ffff:127.0.0.1]:9180/", "file:///etc/passwd", "http://user:pw@" + HookReceiver.ADDRESS + "/")) {
            Api.Reply reply = user.post(CHANNELS, webhook(url));
            assertEquals(400, reply.status(), url + ": " + reply.body());
            assertTrue(reply.contentType().startsWith("application/problem+json"), reply.contentType());
            assertEquals("target", reply.json().getJsonArray("errors").getJsonObject(0).getString("field"), reply.body());
        }
        assertEquals(0, user.get(CHANNELS).jsonValue().asJsonArray().size(), "nothing was saved");
    }

    @Test
    void badInputIsAFieldErrorAndChangesNothing() {
        Api user = Api.newUser(server, "badch");
        for (String body : List.of("{\"kind\":\"PIGEON\",\"name\":\"x\",\"target\":\"http://127.0.0.2/\"}",
                "{\"kind\":\"WEBHOOK\",\"name\":\"\",\"target\":\"http://127.0.0.2/\"}",
                "{\"kind\":\"GOTIFY\",\"name\":\"g\",\"target\":\"http://127.0.0.2/\"}",
                "{\"kind\":\"WEBHOOK\",\"name\":\"w\",\"target\":\"http://127.0.0.2/\",\"events\":[\"NOPE\"]}",
                "{\"kind\":\"EMAIL\",\"name\":\"m\",\"target\":\"not an address\"}")) {
            Api.Reply reply = user.post(CHANNELS, body);
            assertEquals(400, reply.status(), body + ": " + reply.body());
            assertTrue(reply.contentType().startsWith("application/problem+json"));
        }
        assertEquals(0, user.get(CHANNELS).jsonValue().asJsonArray().size());
    }

    @Test
    void aChannelIsItsOwnersOnly() {
        Api owner = Api.newUser(server, "chown");
        Api other = Api.newUser(server, "chother");
        long id = create(owner, webhook("http://127.0.0.2:9/x")).getJsonNumber("id").longValue();
        assertEquals(404, other.put(CHANNELS + "/" + id, "{\"name\":\"mine\"}").status());
        assertEquals(404, other.post(CHANNELS + "/" + id + "/test", "").status());
        assertEquals(404, other.delete(CHANNELS + "/" + id).status());
        assertEquals(0, other.get(CHANNELS).jsonValue().asJsonArray().size());
        JsonObject renamed = owner.put(CHANNELS + "/" + id, "{\"name\":\"Renamed\",\"enabled\":false}").json();
        assertEquals("Renamed", renamed.getString("name"));
        assertEquals("OFF", renamed.getString("status"));
        assertFalse(renamed.containsKey("secret"));
        assertEquals(204, owner.delete(CHANNELS + "/" + id).status());
        assertEquals(0, owner.get(CHANNELS).jsonValue().asJsonArray().size());
    }
}
