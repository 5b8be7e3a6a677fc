package com.motovaultpro.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
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
        assertEquals(java.util.List.of("password", "username"), fields);
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
}
