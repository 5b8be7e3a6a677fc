package com.motovaultpro.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/** Registration rules: the first account administers the server; registration can be closed. */
@Order(1)
@ExtendWith(RunningServer.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AccountApiIT {

    static final String ADMIN = "first-admin";

    private final LibertyServer server;

    AccountApiIT(LibertyServer server) {
        this.server = server;
    }

    @Test
    @Order(1)
    void firstAccountBecomesAdministratorAndLaterOnesDoNot() {
        Api.Reply first = Api.anonymous(server).post("/api/v1/accounts",
                "{\"username\":\"" + ADMIN + "\",\"displayName\":\"First\",\"password\":\"" + Api.PASSWORD + "\"}");
        assertEquals(201, first.status(), first.body());
        assertTrue(first.json().getBoolean("admin"));

        Api second = Api.newUser(server, "second");
        JsonObject me = second.get("/api/v1/account").json();
        assertFalse(me.getBoolean("admin"));
        assertEquals(second.username(), me.getString("username"));
    }

    @Test
    @Order(2)
    void takenUserNameIsRejectedRegardlessOfCase() {
        Api.Reply duplicate = Api.anonymous(server).post("/api/v1/accounts",
                "{\"username\":\"FIRST-ADMIN\",\"password\":\"" + Api.PASSWORD + "\"}");
        assertEquals(409, duplicate.status());
        assertEquals("urn:motovaultpro:problem:conflict", duplicate.json().getString("type"));
    }

    @Test
    @Order(3)
    void invalidRegistrationNamesEachField() {
        Api.Reply invalid = Api.anonymous(server).post("/api/v1/accounts", "{\"username\":\"x\",\"password\":\"short\"}");
        assertEquals(400, invalid.status());
        assertTrue(invalid.contentType().startsWith("application/problem+json"));
        var fields = invalid.json().getJsonArray("errors").stream()
                .map(e -> e.asJsonObject().getString("field")).toList();
        assertEquals(List.of("password", "username"), fields);
    }

    @Test
    @Order(4)
    void onlyAnAdministratorChangesRegistrationAndClosedMeansClosed() {
        Api admin = Api.as(server, ADMIN, Api.PASSWORD);
        Api user = Api.newUser(server, "plain");
        assertEquals(403, user.put("/api/v1/admin/settings", "{\"registrationMode\":\"CLOSED\"}").status());

        assertEquals(200, admin.put("/api/v1/admin/settings", "{\"registrationMode\":\"CLOSED\"}").status());
        try {
            Api.Reply refused = Api.anonymous(server).post("/api/v1/accounts",
                    "{\"username\":\"latecomer\",\"password\":\"" + Api.PASSWORD + "\"}");
            assertEquals(403, refused.status());
            assertEquals("urn:motovaultpro:problem:forbidden", refused.json().getString("type"));
        } finally {
            assertEquals(200, admin.put("/api/v1/admin/settings", "{\"registrationMode\":\"OPEN\"}").status());
        }
        assertEquals("OPEN", admin.get("/api/v1/admin/settings").json().getString("registrationMode"));
    }

    private static Api.Reply signUp(Api from, String username, String email) {
        return from.post("/api/v1/accounts", "{\"username\":\"" + username + "\""
                + (email == null ? "" : ",\"email\":\"" + email + "\"") + ",\"password\":\"" + Api.PASSWORD + "\"}");
    }

    @Test
    @Order(5)
    void aUserNameCannotPassForAnotherAccountsAddressAndNoClashTellsWhichItIs() {
        String id = UUID.randomUUID().toString().substring(0, 8);
        String address = "victim-" + id + "@corp.example";
        Api anonymous = Api.anonymous(server).from("203.0.113.5");
        assertEquals(201, signUp(anonymous, "victim-" + id, address).status());

        Api.Reply asAddress = signUp(anonymous, address.toUpperCase(), null);
        Api.Reply sameName = signUp(anonymous, "VICTIM-" + id, null);
        Api.Reply sameAddress = signUp(anonymous, "other-" + id, address);
        for (Api.Reply refused : List.of(asAddress, sameName, sameAddress)) {
            assertEquals(409, refused.status(), refused.body());
            assertEquals(sameName.json().getString("detail"), refused.json().getString("detail"),
                    "a taken name and a taken address read the same");
        }
        String squatted = "late-" + id + "@corp.example";
        assertEquals(201, signUp(anonymous, squatted, null).status(), "nobody has this address yet");
        assertEquals(201, signUp(anonymous, "late-" + id, squatted).status(),
                "an address someone took as a user name stays free for its owner (invitations go by address)");
    }

    @Test
    @Order(6)
    void signUpsAreLimitedPerClientWhetherTheyClashOrNot() {
        String id = UUID.randomUUID().toString().substring(0, 8);
        Api client = Api.anonymous(server).from("203.0.113.77");
        assertEquals(400, signUp(client, "x", null).status(), "an invalid form is not an attempt");
        for (int i = 0; i < LibertyServer.SIGN_UPS_PER_CLIENT / 2; i++) {
            assertEquals(409, signUp(client, ADMIN, "probe-" + i + "@corp.example").status(),
                    "each answer about a name or address is counted: probing addresses is limited too");
        }
        for (int i = LibertyServer.SIGN_UPS_PER_CLIENT / 2; i < LibertyServer.SIGN_UPS_PER_CLIENT; i++) {
            Api.Reply created = signUp(client, "burst-" + id + "-" + i, null);
            assertEquals(201, created.status(), "sign-up " + i + ": " + created.body());
        }
        Api.Reply refused = signUp(client, "burst-" + id + "-over", null);
        assertEquals(429, refused.status(), refused.body());
        assertEquals("urn:motovaultpro:problem:too-many-requests", refused.json().getString("type"));
        assertTrue(Long.parseLong(refused.header("Retry-After")) > 0);
        assertEquals(401, Api.as(server, "burst-" + id + "-over", Api.PASSWORD).get("/api/v1/account").status(),
                "no account was made");
        assertEquals(201, signUp(Api.anonymous(server).from("203.0.113.78"), "burst-" + id + "-elsewhere", null)
                .status(), "other clients are not affected");
    }
}
