package com.motovaultpro.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Abuse limits: API requests per credential per minute (the test server allows {@link LibertyServer#API_REQUESTS_PER_MINUTE}), and failed
 * sign-ins per 5 minutes per account (5) and per client address (the test server allows 20, since
 * the tests of wrong passwords all come from loopback), on the API and the login page.
 * Each test comes from its own made-up client address (X-Forwarded-For through the trusted
 * loopback proxy), so it blocks nobody else.
 */
@ExtendWith(RunningServer.class)
class RateLimitIT {

    private static final int API_LIMIT = LibertyServer.API_REQUESTS_PER_MINUTE;
    private static final Pattern FAILED_METRIC =
            Pattern.compile("motovault_failed_login_attempts_total\\{[^}]*method=\"basic\"[^}]*\\} ([0-9.]+)");

    private final LibertyServer server;

    RateLimitIT(LibertyServer server) {
        this.server = server;
    }

    @Test
    void anApiKeyGetsItsLimitPerMinuteThen429WithRetryAfter() {
        Api owner = Api.newUser(server, "busy");
        Api key = owner.withNewKey("VIEWER");
        Api otherKey = owner.withNewKey("VIEWER");

        List<Integer> statuses = new ArrayList<>();
        Api.Reply last = null;
        for (int i = 0; i < API_LIMIT; i++) {
            last = key.get("/api/v1/account");
            statuses.add(last.status());
        }
        assertEquals(List.of(200), statuses.stream().distinct().toList(), "every request within the limit is served");
        assertEquals("0", last.header("RateLimit-Remaining"));

        Api.Reply over = key.get("/api/v1/account");
        assertEquals(429, over.status());
        assertTrue(over.contentType().startsWith("application/problem+json"));
        assertTrue(over.json().getString("type").endsWith("too-many-requests"), over.body());
        int retryAfter = Integer.parseInt(over.header("Retry-After"));
        assertTrue(retryAfter >= 1 && retryAfter <= 60, "Retry-After " + retryAfter);

        assertEquals(200, otherKey.get("/api/v1/account").status(), "limits are per key");
    }

    @Test
    void fiveFailedPasswordsBlockTheAccountFromAnywhereEvenWithTheRightPassword() {
        Api user = Api.newUser(server, "target");
        Api attacker = Api.as(server, user.username(), "guess").from(randomAddress());
        double failedBefore = failedBasicSignIns();
        for (int i = 0; i < 5; i++) {
            assertEquals(401, attacker.get("/api/v1/account").status(), "attempt " + (i + 1));
        }

        Api.Reply blocked = user.from(randomAddress()).get("/api/v1/account");
        assertEquals(429, blocked.status(), "the account is blocked, not just the attacker's address");
        assertTrue(Integer.parseInt(blocked.header("Retry-After")) > 60, blocked.header("Retry-After"));
        assertTrue(blocked.contentType().startsWith("application/problem+json"));

        assertTrue(failedBasicSignIns() >= failedBefore + 5, "motovault_failed_login_attempts_total counts them");
        Api admin = Api.as(server, AccountApiIT.ADMIN, Api.PASSWORD);
        JsonArray events = admin.get("/api/v1/admin/audit-events?actor=" + user.username()).jsonValue().asJsonArray();
        assertEquals("SIGN_IN_THROTTLED", events.getJsonObject(0).getString("action"));
        assertEquals("SIGN_IN_FAILED", events.getJsonObject(1).getString("action"));
        assertEquals("FAILURE", events.getJsonObject(1).getString("outcome"));
    }

    @Test
    void parallelGuessesCannotSlipPastTheLimitWhileTheHashRuns() throws Exception {
        Api user = Api.newUser(server, "parallel");
        Api attacker = Api.as(server, user.username(), "guess").from(randomAddress());
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(12);
        try {
            List<java.util.concurrent.Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                answers.add(pool.submit(() -> attacker.get("/api/v1/account").status()));
            }
            List<Integer> statuses = new ArrayList<>();
            for (java.util.concurrent.Future<Integer> answer : answers) {
                statuses.add(answer.get());
            }
            assertTrue(statuses.stream().filter(s -> s == 401).count() <= 5, "at most five passwords were checked: " + statuses);
            assertEquals(12, statuses.stream().filter(s -> s == 401 || s == 429).count(), statuses.toString());
        } finally {
            pool.shutdownNow();
        }
        assertEquals(429, user.from(randomAddress()).get("/api/v1/account").status(), "and the account is blocked");
    }

    @Test
    void enoughFailuresFromOneAddressBlockThatAddressForEveryAccount() {
        Api user = Api.newUser(server, "bystander");
        String address = randomAddress();
        for (int i = 0; i < LibertyServer.LOGIN_FAILURES_PER_CLIENT; i++) {
            Api guess = Api.as(server, "nobody-" + UUID.randomUUID(), "guess").from(address);
            assertEquals(401, guess.get("/api/v1/account").status());
        }
        assertEquals(429, user.from(address).get("/api/v1/account").status(), "that address is blocked");
        assertEquals(200, user.from(randomAddress()).get("/api/v1/account").status(), "the account is not");
    }

    @Test
    void theLoginPageSaysHowLongToWaitAndAnswers429() {
        Api user = Api.newUser(server, "formtarget");
        PageSession browser = PageSession.from(server, randomAddress());
        for (int i = 0; i < 5; i++) {
            HttpResponse<String> wrong = browser.submitLogin(user.username(), "guess");
            assertTrue(wrong.body().contains("Invalid credentials."), "attempt " + (i + 1));
        }
        HttpResponse<String> blocked = browser.submitLogin(user.username(), Api.PASSWORD);
        assertEquals(429, blocked.statusCode());
        assertTrue(blocked.body().contains("Too many failed sign-ins"), "the page says why");
        assertTrue(blocked.headers().firstValue("Retry-After").isPresent());
    }

    private double failedBasicSignIns() {
        Api.Reply metrics = Api.anonymous(server).send(Api.anonymous(server).request("/metrics")
                .setHeader("Accept", "text/plain").GET());
        assertEquals(200, metrics.status(), "metrics are served without credentials");
        Matcher value = FAILED_METRIC.matcher(metrics.body());
        return value.find() ? Double.parseDouble(value.group(1)) : 0;
    }

    private static String randomAddress() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "198.51." + random.nextInt(256) + "." + random.nextInt(1, 255);
    }
}
