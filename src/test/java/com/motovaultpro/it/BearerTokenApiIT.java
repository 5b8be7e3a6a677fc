package com.motovaultpro.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The provider's access tokens on the API: accepted only when signed with the provider's published
 * key, from its issuer, for the API audience and unexpired; the groups claim gives the roles.
 */
@ExtendWith(RunningServer.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BearerTokenApiIT {

    private final LibertyServer server;
    private final OidcProvider provider = new OidcProvider();

    BearerTokenApiIT(LibertyServer server) {
        this.server = server;
    }

    @BeforeAll
    void startProvider() {
        provider.start();
    }

    @AfterAll
    void stopProvider() {
        provider.stop();
    }

    @Test
    void aValidTokenSignsInItsSubjectAndProvisionsTheAccountOnce() {
        String subject = "token-" + UUID.randomUUID().toString().substring(0, 8);
        Api caller = bearer(provider.token(subject, OidcProvider.API_AUDIENCE, List.of("staff"), 600));

        Api.Reply me = caller.get("/api/v1/account");
        assertEquals(200, me.status(), me.body());
        assertEquals(subject, me.json().getString("username"));
        assertEquals(subject + "@example.org", me.json().getString("email"));
        long id = me.json().getJsonNumber("id").longValue();

        assertEquals(201, caller.post("/api/v1/vehicles", VehicleApiIT.ACCORD).status(), "a token acts as its person");
        Api again = bearer(provider.token(subject, OidcProvider.API_AUDIENCE, List.of("staff"), 600));
        assertEquals(id, again.get("/api/v1/account").json().getJsonNumber("id").longValue(), "the same account");
        assertEquals(1, again.get("/api/v1/vehicles").jsonValue().asJsonArray().size());
        Api admin = Api.as(server, AccountApiIT.ADMIN, Api.PASSWORD);
        assertEquals(1, admin.get("/api/v1/admin/audit-events?actor=" + subject).jsonValue().asJsonArray().stream()
                .filter(e -> e.asJsonObject().getString("action").equals("ACCOUNT_PROVISIONED")).count());
    }

    @Test
    void theGroupsClaimGivesTheRoles() {
        String subject = "token-admin-" + UUID.randomUUID().toString().substring(0, 8);
        Api admin = bearer(provider.token(subject, OidcProvider.API_AUDIENCE, List.of(OidcProvider.ADMIN_GROUP), 600));
        assertEquals(200, admin.get("/api/v1/admin/settings").status());

        Api plain = bearer(provider.token(subject, OidcProvider.API_AUDIENCE, List.of("staff"), 600));
        assertEquals(403, plain.get("/api/v1/admin/settings").status(), "the same person without the group");
    }

    @Test
    void forgedExpiredForeignAndMisaddressedTokensAreRefusedWith401() throws Exception {
        String subject = "token-bad-" + UUID.randomUUID().toString().substring(0, 8);
        assertRefused(bearer(provider.forgedToken(subject)), "signature");
        assertRefused(bearer(provider.expiredToken(subject)), "expir");
        assertRefused(bearer(provider.token(subject, "some-other-api", List.of(), 600)), "aud");
        assertRefused(bearer(provider.token(subject, OidcProvider.CLIENT_ID, List.of(), 600)), "aud");
        assertRefused(bearer(provider.tokenFromOtherIssuer(subject)), "not valid");
        assertRefused(bearer("not.a.token"), "not valid");

        Api admin = Api.as(server, AccountApiIT.ADMIN, Api.PASSWORD);
        assertEquals(0, admin.get("/api/v1/admin/audit-events?actor=" + subject).jsonValue().asJsonArray().size(),
                "no account was provisioned for refused tokens");
    }

    @Test
    void aTokensGroupsDecideItsOwnRequestAndNeverTheStoredRoles() throws Exception {
        String subject = "token-stale-" + UUID.randomUUID().toString().substring(0, 8);
        String staff = provider.token(subject, OidcProvider.API_AUDIENCE, List.of("staff"), 600);
        String staleAdmin = provider.token(subject, OidcProvider.API_AUDIENCE, List.of(OidcProvider.ADMIN_GROUP), 600);

        assertEquals(200, bearer(staleAdmin).get("/api/v1/admin/settings").status(),
                "first seen with the admin group: this request is an administrator's");
        assertFalse(storedAdmin(subject), "provisioned by a token: no stored admin rights");
        assertEquals(403, bearer(staff).get("/api/v1/admin/settings").status(), "a token without the group");
        assertEquals(200, bearer(staleAdmin).get("/api/v1/admin/settings").status(), "the stale token, for itself");
        assertFalse(storedAdmin(subject), "a stale token never writes admin rights back (for keys and sessions)");

        Api admin = Api.as(server, AccountApiIT.ADMIN, Api.PASSWORD);
        assertEquals(List.of("ACCOUNT_PROVISIONED"), admin.get("/api/v1/admin/audit-events?actor=" + subject).jsonValue()
                .asJsonArray().stream().map(e -> e.asJsonObject().getString("action")).toList(),
                "no role change happened, so none is audited");
    }

    private boolean storedAdmin(String username) throws Exception {
        try (Connection db = TestDatabase.connect(server);
             PreparedStatement query = db.prepareStatement("SELECT is_admin FROM user_account WHERE username = ?")) {
            query.setString(1, username);
            try (ResultSet row = query.executeQuery()) {
                assertTrue(row.next(), "the account exists");
                return row.getBoolean(1);
            }
        }
    }

    @Test
    void anIdTokenIsNoApiTokenEvenWithTheApisAudience() {
        String subject = "token-id-" + UUID.randomUUID().toString().substring(0, 8);
        assertRefused(bearer(provider.idToken(subject, OidcProvider.API_AUDIENCE)), "ID token");
    }

    @Test
    void aRefusedTokenIsNeverEchoedIntoTheAnswerOrTheLog() throws Exception {
        String subject = "token-echo-" + UUID.randomUUID().toString().substring(0, 8);
        String forged = provider.forgedToken(subject);
        String misaddressed = provider.token(subject, "some-other-api", List.of(), 600);
        for (String token : List.of(forged, misaddressed, "garbage." + subject + ".x")) {
            Api.Reply reply = bearer(token).get("/api/v1/account");
            assertEquals(401, reply.status());
            for (String part : token.split("\\.")) {
                assertFalse(part.length() > 8 && reply.body().contains(part), "the answer quotes the token: " + reply.body());
            }
            assertFalse(reply.body().contains("\"kty\"") || reply.body().contains(subject), reply.body());
            assertTrue(reply.body().length() < 400, "says why in a sentence: " + reply.body());
        }
        Thread.sleep(500);
        String log = Files.readString(server.messagesLog(), StandardCharsets.UTF_8);
        assertTrue(log.contains("Bearer token refused"), "the refusal is logged");
        for (String token : List.of(forged, misaddressed)) {
            assertFalse(log.contains(token.split("\\.")[1]), "the log quotes a refused token's claims");
            assertFalse(log.contains(token.split("\\.")[2]), "the log quotes a refused token's signature");
        }
        assertFalse(log.contains("\"kty\""), "the log quotes the provider's keys");
    }

    @Test
    void tokensStillVerifyWhileTheProviderIsDownOnceItsKeysAreKnown() {
        String subject = "token-outage-" + UUID.randomUUID().toString().substring(0, 8);
        String token = provider.token(subject, OidcProvider.API_AUDIENCE, List.of(), 600);
        assertEquals(200, bearer(token).get("/api/v1/account").status());
        provider.stop();
        try {
            assertEquals(200, bearer(token).get("/api/v1/account").status(), "verified with the kept keys");
        } finally {
            provider.start();
        }
    }

    private Api bearer(String token) {
        return Api.anonymous(server).withAuthorization("Bearer " + token);
    }

    private static void assertRefused(Api caller, String detailContains) {
        Api.Reply reply = caller.get("/api/v1/account");
        assertEquals(401, reply.status(), reply.body());
        assertTrue(reply.contentType().startsWith("application/problem+json"), reply.contentType());
        assertTrue(reply.header("WWW-Authenticate").startsWith("Bearer"), reply.header("WWW-Authenticate"));
        assertTrue(reply.json().getString("detail").toLowerCase().contains(detailContains.toLowerCase()),
                reply.json().getString("detail"));
    }
}
