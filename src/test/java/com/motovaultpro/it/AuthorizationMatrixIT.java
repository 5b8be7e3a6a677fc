package com.motovaultpro.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.motovaultpro.platform.security.KeyScope;
import com.motovaultpro.vehicle.Permission;
import com.motovaultpro.vehicle.VehicleRole;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Who may do what, route by route. Every API route the OpenAPI document lists, and every page
 * and servlet in the application, is called by the vehicle's owner, a manager, an editor, a
 * viewer, someone only invited (not yet accepted), an unrelated user, an administrator (who has
 * no right to other people's vehicles) and an anonymous caller, and each answer's status is
 * compared with what the route's rule says. A route without a rule fails the test, so a new
 * route cannot slip in unruled; a rule without a route fails too (it went stale).
 */
@ExtendWith(RunningServer.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixIT {

    /** The people who call every route. */
    enum Caller { OWNER, MANAGER, EDITOR, VIEWER, INVITED, STRANGER, ADMIN, ANONYMOUS }

    /** What a route demands. */
    enum Rule {
        /** Anyone, signed in or not. */
        PUBLIC,
        /** Any signed-in user, on their own data. */
        SIGNED_IN,
        /** Any signed-in user, on a thing the owner created: everyone else gets 404. */
        OWNER_ONLY,
        /** Administrators. */
        ADMIN,
        /** A role on the shared vehicle that allows this permission (403 for a weaker role, 404 without one). */
        READ, EDIT_RECORDS, MANAGE,
        /** The person invited, about their own open invitation: everyone else gets 404. */
        INVITEE,
        /**
         * A vehicle or record in the trash: those whose role allows deleting it (MANAGE for a
         * vehicle, EDIT_RECORDS for a record) restore it; to anyone else it is not in their trash (404).
         */
        TRASHED_VEHICLE, TRASHED_RECORD,
        /**
         * Only with the account's password, never with an API key or token (keys do not make keys).
         * The callers here all use API keys, so every signed-in caller is refused (403).
         */
        PASSWORD_ONLY
    }

    /** One call: the path (parameters filled in), the JSON body for POST/PUT, and the Accept header. */
    record Call(String path, String body, String accept, String contentType) {
        Call(String path, String body, String accept) {
            this(path, body, accept, "application/json");
        }

        static Call of(String path) {
            return new Call(path, null, "application/json");
        }

        static Call of(String path, String body) {
            return new Call(path, body, "application/json");
        }

        /** A CSV file as the body. */
        static Call csv(String path, String body) {
            return new Call(path, body, "application/json", "text/csv");
        }
    }

    /** The body of a call that uploads a document (sent as multipart, not JSON). */
    private static final String UPLOAD = new String("<multipart upload>");

    /** A route's rule, its success status, and how to build a call to it for a caller. */
    record Route(Rule rule, int success, Function<Caller, Call> call) {
    }

    /** Everyone but the anonymous caller. */
    private static final List<Caller> SIGNED_IN_CALLERS = List.of(Caller.OWNER, Caller.MANAGER, Caller.EDITOR, Caller.VIEWER,
            Caller.INVITED, Caller.STRANGER, Caller.ADMIN);
    private static final Map<Caller, VehicleRole> ROLES = Map.of(Caller.OWNER, VehicleRole.OWNER,
            Caller.MANAGER, VehicleRole.MANAGER, Caller.EDITOR, VehicleRole.EDITOR, Caller.VIEWER, VehicleRole.VIEWER);

    private static final Pattern SERVLET = Pattern.compile("@WebServlet\\((?:[^)]*urlPatterns\\s*=\\s*)?\"([^\"]+)\"");

    private final LibertyServer server;
    /** Each caller with a MANAGER-scoped API key (no password hash per request: the matrix stays fast). */
    private final Map<Caller, Api> api = new EnumMap<>(Caller.class);
    /** Each caller with their password, for what keys may not do (fixtures that make keys). */
    private final Map<Caller, Api> withPassword = new EnumMap<>(Caller.class);
    private final Map<Caller, Long> userIds = new EnumMap<>(Caller.class);
    private long vehicle;
    /** The path and query of a working driver link to {@link #vehicle}. */
    private String driverLinkPath;
    /** Who makes the keys the key routes revoke: the OWNER with a password (another person in the bearer run). */
    private Api keyMaker;
    /** Written into everything of a person outside the matrix ({@link #outsidersThings}). */
    private final String outsiderMarker = "outsider" + unique();
    /** The owner's MANAGER keys that read {@link #state()}. */
    private final List<Api> observers = new ArrayList<>();
    private int observed;

    AuthorizationMatrixIT(LibertyServer server) {
        this.server = server;
    }

    @BeforeAll
    void shareOneVehicle() {
        for (Caller caller : List.of(Caller.OWNER, Caller.MANAGER, Caller.EDITOR, Caller.VIEWER, Caller.INVITED,
                Caller.STRANGER)) {
            Api user = Api.newUser(server, caller.name().toLowerCase());
            withPassword.put(caller, user);
            api.put(caller, user.withNewKey("MANAGER"));
            userIds.put(caller, user.get("/api/v1/account").json().getJsonNumber("id").longValue());
        }
        withPassword.put(Caller.ADMIN, Api.as(server, AccountApiIT.ADMIN, Api.PASSWORD));
        api.put(Caller.ADMIN, withPassword.get(Caller.ADMIN).withNewKey("MANAGER"));
        api.put(Caller.ANONYMOUS, Api.anonymous(server));
        keyMaker = withPassword.get(Caller.OWNER);
        vehicle = sharedVehicle();
        String url = driverLink().getString("url");
        driverLinkPath = url.substring(url.indexOf("/driver.xhtml"));
        outsidersThings();
    }

    /** A new vehicle of the owner, accepted by manager, editor and viewer, with an open invitation to INVITED. */
    private long sharedVehicle() {
        // With the password: a key acts as MANAGER at most, and only the owner makes managers.
        Api owner = withPassword.get(Caller.OWNER);
        long id = created(owner.post("/api/v1/vehicles", VehicleApiIT.ACCORD));
        for (Caller c : List.of(Caller.MANAGER, Caller.EDITOR, Caller.VIEWER, Caller.INVITED)) {
            String role = c == Caller.INVITED ? "VIEWER" : c.name();
            expect(201, owner.post(collaborators(id), "{\"user\":\"" + api.get(c).username() + "\",\"role\":\"" + role + "\"}"));
            if (c != Caller.INVITED) {
                expect(204, api.get(c).post("/api/v1/invitations/" + id + "/accept", ""));
            }
        }
        return id;
    }

    // ---- fixtures: fresh things for calls that use them up --------------------------------------

    private String v() {
        return "/api/v1/vehicles/" + vehicle;
    }

    private static String collaborators(long vehicleId) {
        return "/api/v1/vehicles/" + vehicleId + "/collaborators";
    }

    private long record(String type) {
        return created(api.get(Caller.OWNER).post(v() + "/" + type, RecordTypesApiIT.VALID.get(type)));
    }

    private long reminder() {
        return created(api.get(Caller.OWNER).post(v() + "/reminders", "{\"description\":\"Oil\",\"dueDate\":\"2030-01-01\"}"));
    }

    /** A new user invited (not yet accepted) to the shared vehicle as a viewer; their id. */
    private long invitee() {
        Api someone = Api.newUser(server, "invitee");
        expect(201, api.get(Caller.OWNER).post(collaborators(vehicle),
                "{\"user\":\"" + someone.username() + "\",\"role\":\"VIEWER\"}"));
        return someone.get("/api/v1/account").json().getJsonNumber("id").longValue();
    }

    /** A new vehicle of the owner with an open invitation for INVITED only. */
    private long invitationForInvited() {
        Api owner = api.get(Caller.OWNER);
        long id = created(owner.post("/api/v1/vehicles", VehicleApiIT.ACCORD));
        expect(201, owner.post(collaborators(id), "{\"user\":\"" + api.get(Caller.INVITED).username()
                + "\",\"role\":\"EDITOR\"}"));
        return id;
    }

    /** A new working driver link to the shared vehicle, made by the owner; as the API answers its creation. */
    private JsonObject driverLink() {
        Api.Reply created = withPassword.get(Caller.OWNER).post(v() + "/driver-links", "{\"label\":\"matrix\"}");
        expect(201, created);
        return created.json();
    }

    private long deletedSharedVehicle() {
        long id = sharedVehicle();
        expect(204, api.get(Caller.OWNER).delete("/api/v1/vehicles/" + id));
        return id;
    }

    private long deletedRecord() {
        long id = record("note");
        expect(204, api.get(Caller.OWNER).delete(v() + "/note/" + id));
        return id;
    }

    private long ownersExtraField() {
        return created(api.get(Caller.OWNER).post("/api/v1/extra-fields",
                "{\"recordType\":\"NOTE\",\"name\":\"f" + unique() + "\",\"type\":\"TEXT\"}"));
    }

    private static final String NEW_CHANNEL = "{\"kind\":\"WEBHOOK\",\"name\":\"matrix\",\"target\":\"http://127.0.0.2:9/hook\"}";

    /** One of the owner's channels: an existing one while there are a few (a person has at most 20). */
    private long ownersChannel() {
        List<JsonObject> mine = api.get(Caller.OWNER).get("/api/v1/account/notification-channels").jsonValue()
                .asJsonArray().getValuesAs(JsonObject.class);
        return mine.size() >= 5 ? mine.get(mine.size() - 1).getJsonNumber("id").longValue()
                : created(api.get(Caller.OWNER).post("/api/v1/account/notification-channels", NEW_CHANNEL));
    }

    private long ownersShopSupply() {
        return created(api.get(Caller.OWNER).post("/api/v1/supplies", RecordTypesApiIT.VALID.get("supply")));
    }

    private long deletedDocument() {
        long id = document();
        expect(204, api.get(Caller.OWNER).delete(v() + "/documents/" + id));
        return id;
    }

    private long imageDocument() {
        return created(api.get(Caller.OWNER).postMultipart(v() + "/documents", Map.of(), "front.png", DocumentApiIT.PNG));
    }

    private long document() {
        return created(api.get(Caller.OWNER).postMultipart(v() + "/documents", Map.of(), "receipt.pdf", DocumentApiIT.PDF));
    }

    /**
     * A new key of the owner who signs in with a password (in the bearer-token run another person's:
     * a token cannot make keys through the API).
     */
    private long ownersApiKey() {
        return created(keyMaker.post("/api/v1/account/api-keys",
                "{\"name\":\"k" + unique() + "\",\"scope\":\"VIEWER\"}"));
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private static long created(Api.Reply reply) {
        expect(201, reply);
        return reply.json().getJsonNumber("id").longValue();
    }

    private static void expect(int status, Api.Reply reply) {
        assertEquals(status, reply.status(), reply.body());
    }

    // ---- the rules --------------------------------------------------------------------------

    /** Every API route ("METHOD /path/{template}" as in the OpenAPI document) with its rule. */
    private Map<String, Route> apiRules() {
        Map<String, Route> rules = new LinkedHashMap<>();
        String api = "/api/v1";
        // Accounts and the caller's own settings.
        rules.put("POST " + api + "/accounts", new Route(Rule.PUBLIC, 201, c -> Call.of(api + "/accounts",
                "{\"username\":\"new-" + unique() + "\",\"password\":\"" + Api.PASSWORD + "\"}")));
        rules.put("GET " + api + "/account", new Route(Rule.SIGNED_IN, 200, c -> Call.of(api + "/account")));
        rules.put("GET " + api + "/account/preferences", new Route(Rule.SIGNED_IN, 200, c -> Call.of(api + "/account/preferences")));
        rules.put("PUT " + api + "/account/preferences", new Route(Rule.SIGNED_IN, 200, c -> Call.of(api + "/account/preferences",
                "{\"currency\":\"EUR\"}")));
        rules.put("GET " + api + "/account/garage", new Route(Rule.SIGNED_IN, 200, c -> Call.of(api + "/account/garage")));
        rules.put("PUT " + api + "/account/garage", new Route(Rule.SIGNED_IN, 200, c -> Call.of(api + "/account/garage",
                "{\"sort\":\"YEAR\",\"figure\":\"TOTAL_COST\"}")));
        rules.put("POST " + api + "/account/calendar-link", new Route(Rule.SIGNED_IN, 200, c -> Call.of(api + "/account/calendar-link", "")));
        rules.put("DELETE " + api + "/account/calendar-link", new Route(Rule.SIGNED_IN, 204, c -> Call.of(api + "/account/calendar-link")));
        rules.put("GET " + api + "/account/export.zip", new Route(Rule.SIGNED_IN, 200,
                c -> new Call(api + "/account/export.zip", null, "application/zip")));
        // Text is no zip: a caller the route admits gets the restore's 400, nothing stored.
        rules.put("POST " + api + "/account/import", new Route(Rule.SIGNED_IN, 400,
                c -> new Call(api + "/account/import?dryRun=true", "not a zip", "application/json", "application/zip")));
        rules.put("GET " + api + "/extra-fields", new Route(Rule.SIGNED_IN, 200, c -> Call.of(api + "/extra-fields")));
        rules.put("POST " + api + "/extra-fields", new Route(Rule.SIGNED_IN, 201, c -> Call.of(api + "/extra-fields",
                "{\"recordType\":\"NOTE\",\"name\":\"f" + unique() + "\",\"type\":\"TEXT\"}")));
        rules.put("GET " + api + "/extra-fields/{id}", new Route(Rule.OWNER_ONLY, 200, c -> Call.of(api + "/extra-fields/" + ownersExtraField())));
        rules.put("PUT " + api + "/extra-fields/{id}", new Route(Rule.OWNER_ONLY, 200, c -> Call.of(api + "/extra-fields/" + ownersExtraField(),
                "{\"recordType\":\"NOTE\",\"name\":\"g" + unique() + "\",\"type\":\"TEXT\"}")));
        rules.put("DELETE " + api + "/extra-fields/{id}", new Route(Rule.OWNER_ONLY, 204, c -> Call.of(api + "/extra-fields/" + ownersExtraField())));
        rules.put("GET " + api + "/supplies", new Route(Rule.SIGNED_IN, 200, c -> Call.of(api + "/supplies")));
        rules.put("POST " + api + "/supplies", new Route(Rule.SIGNED_IN, 201, c -> Call.of(api + "/supplies", RecordTypesApiIT.VALID.get("supply"))));
        rules.put("GET " + api + "/supplies/{recordId}", new Route(Rule.OWNER_ONLY, 200, c -> Call.of(api + "/supplies/" + ownersShopSupply())));
        rules.put("PUT " + api + "/supplies/{recordId}", new Route(Rule.OWNER_ONLY, 200, c -> Call.of(api + "/supplies/" + ownersShopSupply(),
                RecordTypesApiIT.VALID.get("supply"))));
        rules.put("DELETE " + api + "/supplies/{recordId}", new Route(Rule.OWNER_ONLY, 204, c -> Call.of(api + "/supplies/" + ownersShopSupply())));
        rules.put("GET " + api + "/trash", new Route(Rule.SIGNED_IN, 200, c -> Call.of(api + "/trash")));
        rules.put("GET " + api + "/search", new Route(Rule.SIGNED_IN, 200, c -> Call.of(api + "/search?q=oil")));
        rules.put("GET " + api + "/vin/{vin}", new Route(Rule.SIGNED_IN, 200, c -> Call.of(api + "/vin/WP0ZZZ99ZTS392124")));
        // Administration.
        rules.put("GET " + api + "/admin/settings", new Route(Rule.ADMIN, 200, c -> Call.of(api + "/admin/settings")));
        rules.put("PUT " + api + "/admin/settings", new Route(Rule.ADMIN, 200, c -> Call.of(api + "/admin/settings",
                this.api.get(Caller.ADMIN).get(api + "/admin/settings").body())));
        // The test server keeps documents in its directory: the migration to S3 says so (409).
        rules.put("POST " + api + "/admin/documents/migrate-to-s3", new Route(Rule.ADMIN, 409,
                c -> Call.of(api + "/admin/documents/migrate-to-s3", "")));
        rules.put("GET " + api + "/admin/audit-events", new Route(Rule.ADMIN, 200, c -> Call.of(api + "/admin/audit-events")));
        rules.put("GET " + api + "/account/api-keys", new Route(Rule.SIGNED_IN, 200, c -> Call.of(api + "/account/api-keys")));
        rules.put("POST " + api + "/account/api-keys", new Route(Rule.PASSWORD_ONLY, 201, c -> Call.of(api + "/account/api-keys",
                "{\"name\":\"k" + unique() + "\",\"scope\":\"VIEWER\"}")));
        rules.put("DELETE " + api + "/account/api-keys/{id}", new Route(Rule.OWNER_ONLY, 204,
                c -> Call.of(api + "/account/api-keys/" + ownersApiKey())));
        // Notification channels (a receiver's address on 127.0.0.2, which the test server may reach;
        // nothing listens there: deliveries fail, which changes no one's data).
        rules.put("GET " + api + "/account/notification-channels", new Route(Rule.SIGNED_IN, 200,
                c -> Call.of(api + "/account/notification-channels")));
        rules.put("POST " + api + "/account/notification-channels", new Route(Rule.SIGNED_IN, 201,
                c -> Call.of(api + "/account/notification-channels", NEW_CHANNEL)));
        rules.put("PUT " + api + "/account/notification-channels/{id}", new Route(Rule.OWNER_ONLY, 200,
                c -> Call.of(api + "/account/notification-channels/" + ownersChannel(), "{\"name\":\"renamed\"}")));
        rules.put("DELETE " + api + "/account/notification-channels/{id}", new Route(Rule.OWNER_ONLY, 204,
                c -> Call.of(api + "/account/notification-channels/" + ownersChannel())));
        rules.put("POST " + api + "/account/notification-channels/{id}/test", new Route(Rule.OWNER_ONLY, 202,
                c -> Call.of(api + "/account/notification-channels/" + ownersChannel() + "/test", "")));
        rules.put("GET " + api + "/account/notifications", new Route(Rule.SIGNED_IN, 200,
                c -> Call.of(api + "/account/notifications")));
        rules.put("GET " + api + "/account/notification-preferences", new Route(Rule.SIGNED_IN, 200,
                c -> Call.of(api + "/account/notification-preferences")));
        rules.put("PUT " + api + "/account/notification-preferences", new Route(Rule.SIGNED_IN, 200,
                c -> Call.of(api + "/account/notification-preferences", "{\"timeZone\":\"Europe/Berlin\",\"digest\":\"NONE\"}")));
        rules.put("GET " + api + "/admin/reminder-thresholds", new Route(Rule.ADMIN, 200, c -> Call.of(api + "/admin/reminder-thresholds")));
        rules.put("PUT " + api + "/admin/reminder-thresholds", new Route(Rule.ADMIN, 200, c -> Call.of(api + "/admin/reminder-thresholds",
                this.api.get(Caller.ADMIN).get(api + "/admin/reminder-thresholds").body())));
        // Vehicles.
        rules.put("GET " + api + "/vehicles", new Route(Rule.SIGNED_IN, 200, c -> Call.of(api + "/vehicles")));
        rules.put("POST " + api + "/vehicles", new Route(Rule.SIGNED_IN, 201, c -> Call.of(api + "/vehicles", VehicleApiIT.ACCORD)));
        rules.put("GET " + api + "/vehicles/{id}", new Route(Rule.READ, 200, c -> Call.of(v())));
        rules.put("PUT " + api + "/vehicles/{id}", new Route(Rule.MANAGE, 200, c -> Call.of(v(), VehicleApiIT.ACCORD)));
        // The matrix's vehicle is not sold: those allowed hear that it has nothing to reopen or close (409).
        rules.put("POST " + api + "/vehicles/{id}/reopen", new Route(Rule.MANAGE, 409, c -> Call.of(v() + "/reopen", "")));
        rules.put("POST " + api + "/vehicles/{id}/close", new Route(Rule.MANAGE, 409, c -> Call.of(v() + "/close", "")));
        rules.put("DELETE " + api + "/vehicles/{id}", new Route(Rule.MANAGE, 204, c -> Call.of("/api/v1/vehicles/" + sharedVehicle())));
        rules.put("POST " + api + "/trash/vehicles/{id}/restore", new Route(Rule.TRASHED_VEHICLE, 204,
                c -> Call.of(api + "/trash/vehicles/" + deletedSharedVehicle() + "/restore", "")));
        rules.put("POST " + api + "/trash/documents/{id}/restore", new Route(Rule.TRASHED_RECORD, 204,
                c -> Call.of(api + "/trash/documents/" + deletedDocument() + "/restore", "")));
        rules.put("POST " + api + "/trash/records/{id}/restore", new Route(Rule.TRASHED_RECORD, 204,
                c -> Call.of(api + "/trash/records/" + deletedRecord() + "/restore", "")));
        // Figures of a vehicle.
        rules.put("GET " + api + "/vehicles/{vehicleId}/dashboard", new Route(Rule.READ, 200, c -> Call.of(v() + "/dashboard")));
        rules.put("GET " + api + "/vehicles/{vehicleId}/charts", new Route(Rule.READ, 200, c -> Call.of(v() + "/charts")));
        rules.put("GET " + api + "/vehicles/{vehicleId}/charts/{chart}", new Route(Rule.READ, 200, c -> Call.of(v() + "/charts/cost-per-month")));
        rules.put("GET " + api + "/vehicles/{vehicleId}/economy", new Route(Rule.READ, 200, c -> Call.of(v() + "/economy")));
        rules.put("GET " + api + "/vehicles/{vehicleId}/report.pdf", new Route(Rule.READ, 200,
                c -> new Call(v() + "/report.pdf", null, "application/pdf")));
        // Records, every type alike.
        for (String type : RecordTypesApiIT.VALID.keySet()) {
            String template = List.of("service", "repair", "upgrade").contains(type) ? "{kind}" : type;
            if (template.equals("{kind}") && !type.equals("service")) {
                continue; // one template for the three maintenance kinds; called as "service"
            }
            String base = api + "/vehicles/{vehicleId}/" + template;
            String body = RecordTypesApiIT.VALID.get(type);
            rules.put("GET " + base, new Route(Rule.READ, 200, c -> Call.of(v() + "/" + type)));
            rules.put("POST " + base, new Route(Rule.EDIT_RECORDS, 201, c -> Call.of(v() + "/" + type, body)));
            rules.put("GET " + base + "/{recordId}", new Route(Rule.READ, 200, c -> Call.of(v() + "/" + type + "/" + record(type))));
            rules.put("PUT " + base + "/{recordId}", new Route(Rule.EDIT_RECORDS, 200, c -> Call.of(v() + "/" + type + "/" + record(type), body)));
            rules.put("DELETE " + base + "/{recordId}", new Route(Rule.EDIT_RECORDS, 204, c -> Call.of(v() + "/" + type + "/" + record(type))));
        }
        rules.put("PUT " + api + "/vehicles/{vehicleId}/plan/{recordId}/progress", new Route(Rule.EDIT_RECORDS, 200,
                c -> Call.of(v() + "/plan/" + record("plan") + "/progress", "{\"progress\":\"IN_PROGRESS\"}")));
        rules.put("POST " + api + "/vehicles/{vehicleId}/records/bulk", new Route(Rule.EDIT_RECORDS, 200,
                c -> Call.of(v() + "/records/bulk", "{\"action\":\"ADD_TAG\",\"ids\":[" + record("note") + "],\"tag\":\"x\"}")));
        // Import and export (CSV).
        rules.put("POST " + api + "/vehicles/{vehicleId}/imports/{type}", new Route(Rule.EDIT_RECORDS, 200,
                c -> Call.csv(v() + "/imports/tax?dryRun=true", "Date,Description,Cost\n2024-01-15,Road tax,100\n")));
        rules.put("GET " + api + "/vehicles/{vehicleId}/exports/{type}.csv", new Route(Rule.READ, 200,
                c -> new Call(v() + "/exports/fuel.csv", null, "text/csv")));
        // Reminders.
        String reminders = api + "/vehicles/{vehicleId}/reminders";
        rules.put("GET " + reminders, new Route(Rule.READ, 200, c -> Call.of(v() + "/reminders")));
        rules.put("POST " + reminders, new Route(Rule.EDIT_RECORDS, 201, c -> Call.of(v() + "/reminders",
                "{\"description\":\"Tyres\",\"dueOdometer\":50000}")));
        rules.put("GET " + reminders + "/{id}", new Route(Rule.READ, 200, c -> Call.of(v() + "/reminders/" + reminder())));
        rules.put("PUT " + reminders + "/{id}", new Route(Rule.EDIT_RECORDS, 200, c -> Call.of(v() + "/reminders/" + reminder(),
                "{\"description\":\"Oil and filter\",\"dueDate\":\"2031-01-01\"}")));
        rules.put("POST " + reminders + "/{id}/complete", new Route(Rule.EDIT_RECORDS, 200,
                c -> Call.of(v() + "/reminders/" + reminder() + "/complete", "{}")));
        rules.put("DELETE " + reminders + "/{id}", new Route(Rule.EDIT_RECORDS, 204, c -> Call.of(v() + "/reminders/" + reminder())));
        // Documents.
        String documents = api + "/vehicles/{vehicleId}/documents";
        rules.put("GET " + documents, new Route(Rule.READ, 200, c -> Call.of(v() + "/documents")));
        rules.put("POST " + documents, new Route(Rule.EDIT_RECORDS, 201, c -> Call.of(v() + "/documents", UPLOAD)));
        rules.put("GET " + documents + "/{id}", new Route(Rule.READ, 200, c -> Call.of(v() + "/documents/" + document())));
        rules.put("GET " + documents + "/{id}/content", new Route(Rule.READ, 200,
                c -> new Call(v() + "/documents/" + document() + "/content", null, "*/*")));
        rules.put("POST " + documents + "/{id}/photo", new Route(Rule.MANAGE, 200,
                c -> Call.of(v() + "/documents/" + imageDocument() + "/photo", "")));
        rules.put("DELETE " + documents + "/{id}", new Route(Rule.EDIT_RECORDS, 204, c -> Call.of(v() + "/documents/" + document())));
        rules.put("GET " + documents + "/archive.zip", new Route(Rule.READ, 200,
                c -> new Call(v() + "/documents/archive.zip", null, "application/zip")));
        // Sharing.
        String people = api + "/vehicles/{vehicleId}/collaborators";
        rules.put("GET " + people, new Route(Rule.READ, 200, c -> Call.of(collaborators(vehicle))));
        rules.put("POST " + people, new Route(Rule.MANAGE, 201, c -> Call.of(collaborators(vehicle),
                "{\"user\":\"" + Api.newUser(server, "guest").username() + "\",\"role\":\"VIEWER\"}")));
        rules.put("PUT " + people + "/{userId}", new Route(Rule.MANAGE, 204, c -> Call.of(collaborators(vehicle) + "/" + invitee(),
                "{\"role\":\"EDITOR\"}")));
        rules.put("DELETE " + people + "/{userId}", new Route(Rule.MANAGE, 204, c -> Call.of(collaborators(vehicle) + "/" + invitee())));
        // Driver links: the vehicle's owner and managers only (DriverLinkApiIT).
        String links = api + "/vehicles/{vehicleId}/driver-links";
        rules.put("GET " + links, new Route(Rule.MANAGE, 200, c -> Call.of(v() + "/driver-links")));
        rules.put("POST " + links, new Route(Rule.MANAGE, 201, c -> Call.of(v() + "/driver-links", "{\"label\":\"matrix\"}")));
        rules.put("DELETE " + links + "/{linkId}", new Route(Rule.MANAGE, 204,
                c -> Call.of(v() + "/driver-links/" + driverLink().getJsonNumber("id"))));
        rules.put("GET " + api + "/invitations", new Route(Rule.SIGNED_IN, 200, c -> Call.of(api + "/invitations")));
        rules.put("POST " + api + "/invitations/{vehicleId}/accept", new Route(Rule.INVITEE, 204,
                c -> Call.of(api + "/invitations/" + invitationForInvited() + "/accept", "")));
        rules.put("DELETE " + api + "/invitations/{vehicleId}", new Route(Rule.INVITEE, 204,
                c -> Call.of(api + "/invitations/" + invitationForInvited())));
        return rules;
    }

    /** Every page and servlet (path as the application declares it) with its rule. */
    private Map<String, Route> pageRules() {
        Map<String, Route> rules = new LinkedHashMap<>();
        String view = "/vehicles/view.xhtml?id=";
        rules.put("/index.xhtml", new Route(Rule.SIGNED_IN, 200, c -> Call.of("/index.xhtml")));
        rules.put("/login.xhtml", new Route(Rule.PUBLIC, 200, c -> Call.of("/login.xhtml")));
        rules.put("/register.xhtml", new Route(Rule.PUBLIC, 200, c -> Call.of("/register.xhtml")));
        rules.put("/settings.xhtml", new Route(Rule.SIGNED_IN, 200, c -> Call.of("/settings.xhtml")));
        rules.put("/account/export.zip", new Route(Rule.SIGNED_IN, 200, c -> new Call("/account/export.zip", null, "application/zip")));
        rules.put("/supplies.xhtml", new Route(Rule.SIGNED_IN, 200, c -> Call.of("/supplies.xhtml")));
        rules.put("/trash.xhtml", new Route(Rule.SIGNED_IN, 200, c -> Call.of("/trash.xhtml")));
        rules.put("/search.xhtml", new Route(Rule.SIGNED_IN, 200, c -> Call.of("/search.xhtml?q=oil")));
        rules.put("/admin/settings.xhtml", new Route(Rule.ADMIN, 200, c -> Call.of("/admin/settings.xhtml")));
        rules.put("/vehicles/view.xhtml", new Route(Rule.READ, 200, c -> Call.of(view + vehicle)));
        for (String tab : com.motovaultpro.vehicle.web.VehicleView.TABS) {
            rules.put("/vehicles/view.xhtml#" + tab, new Route(Rule.READ, 200, c -> Call.of(view + vehicle + "&tab=" + tab)));
        }
        rules.put("/vehicles/edit.xhtml", new Route(Rule.MANAGE, 200, c -> Call.of("/vehicles/edit.xhtml?id=" + vehicle)));
        rules.put("/vehicles/import.xhtml", new Route(Rule.EDIT_RECORDS, 200,
                c -> Call.of("/vehicles/import.xhtml?id=" + vehicle + "&type=fuel")));
        rules.put("/vehicles/export.csv", new Route(Rule.READ, 200, c -> Call.of("/vehicles/export.csv?id=" + vehicle + "&type=fuel")));
        rules.put("/vehicles/report.xhtml", new Route(Rule.READ, 200, c -> Call.of("/vehicles/report.xhtml?id=" + vehicle)));
        rules.put("/quick.xhtml", new Route(Rule.EDIT_RECORDS, 200, c -> Call.of("/quick.xhtml?type=fuel&vehicle=" + vehicle)));
        // The installed app's offline page: no session, no one's data (InstallableAppBrowserIT).
        rules.put("/offline.xhtml", new Route(Rule.PUBLIC, 200, c -> Call.of("/offline.xhtml")));
        rules.put("/manifest.webmanifest", new Route(Rule.PUBLIC, 200, c -> Call.of("/manifest.webmanifest")));
        // A driver link's page: its secret is the credential, for anyone who holds it (DriverLinkBrowserIT).
        rules.put("/driver.xhtml", new Route(Rule.PUBLIC, 200, c -> Call.of(driverLinkPath)));
        rules.put("/vehicles/report.pdf", new Route(Rule.READ, 200, c -> Call.of("/vehicles/report.pdf?id=" + vehicle)));
        rules.put("/vehicles/document", new Route(Rule.READ, 200,
                c -> Call.of("/vehicles/document?vehicle=" + vehicle + "&id=" + document())));
        rules.put("/vehicles/documents.zip", new Route(Rule.READ, 200, c -> Call.of("/vehicles/documents.zip?id=" + vehicle)));
        // A secret link is the credential (tested in CalendarFeedIT); an unknown one is a 404 for everyone.
        rules.put("/calendar/*", new Route(Rule.PUBLIC, 404, c -> Call.of("/calendar/" + unique() + ".ics")));
        // The links in notification e-mails: the token is the credential (NotificationEmailIT); an unknown one is a 404.
        rules.put("/notifications/*", new Route(Rule.PUBLIC, 404, c -> Call.of("/notifications/unsubscribe?token="
                + unique() + unique() + unique())));
        // Single sign-on: the start sends anyone to the provider (or, when it is down, back to the login
        // page saying so); a callback that belongs to no sign-in this browser started goes back to sign in.
        rules.put("/sso/login", new Route(Rule.PUBLIC, 302, c -> Call.of("/sso/login")));
        rules.put("/sso/callback", new Route(Rule.PUBLIC, 302, c -> Call.of("/sso/callback?code=x&state=" + unique())));
        // Signing out (a POST, called last below) works for everyone and ends on the login page.
        rules.put("/logout", new Route(Rule.PUBLIC, 302, c -> Call.of("/logout")));
        return rules;
    }

    /** The status a caller must get from a route with this rule. */
    private static int expected(Route route, Caller caller, boolean page) {
        if (caller == Caller.ANONYMOUS && route.rule() != Rule.PUBLIC) {
            return page ? 302 : 401; // pages send anonymous people to the login page
        }
        VehicleRole role = ROLES.get(caller);
        return switch (route.rule()) {
            case PUBLIC, SIGNED_IN -> route.success();
            case OWNER_ONLY -> caller == Caller.OWNER ? route.success() : 404;
            case ADMIN -> caller == Caller.ADMIN ? route.success() : 403;
            case INVITEE -> caller == Caller.INVITED ? route.success() : 404;
            case READ, EDIT_RECORDS, MANAGE -> role == null ? 404
                    : role.allows(Permission.valueOf(route.rule().name())) ? route.success() : 403;
            case TRASHED_VEHICLE -> role != null && role.allows(Permission.MANAGE) ? route.success() : 404;
            case TRASHED_RECORD -> role != null && role.allows(Permission.EDIT_RECORDS) ? route.success() : 404;
            case PASSWORD_ONLY -> 403;
        };
    }

    // ---- the tests --------------------------------------------------------------------------

    @Test
    void everyApiRouteHasARuleAndEveryCallerGetsExactlyWhatTheRuleSays() {
        Map<String, Route> rules = apiRules();
        TreeSet<String> declared = apiRoutes();
        assertEquals(new TreeSet<>(rules.keySet()), declared, "API routes and rules must match one to one");

        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, Route> entry : rules.entrySet()) {
            String method = entry.getKey().substring(0, entry.getKey().indexOf(' '));
            for (Caller caller : Caller.values()) {
                Call call = entry.getValue().call().apply(caller);
                Api.Reply reply = send(api.get(caller), method, call);
                int want = expected(entry.getValue(), caller, false);
                if (reply.status() != want) {
                    wrong.add(entry.getKey() + " as " + caller + ": " + reply.status() + " (want " + want + ") "
                            + abbreviated(reply.body()));
                }
                if (reply.status() >= 400 && !String.valueOf(reply.contentType()).startsWith("application/problem+json")) {
                    wrong.add(entry.getKey() + " as " + caller + ": " + reply.status() + " without a problem document");
                }
                if (entry.getValue().rule() != Rule.ADMIN && String.valueOf(reply.body()).contains(outsiderMarker)) {
                    wrong.add(entry.getKey() + " as " + caller + ": shows the outsider's things");
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    /**
     * Things of a person nobody in the matrix shares anything with, each carrying {@link
     * #outsiderMarker}: a vehicle, a note, a reminder, a shop supply, an API key, a trashed note.
     * No answer outside administration may show any of them.
     */
    private void outsidersThings() {
        Api outsider = Api.newUser(server, "outsider");
        String vehicleJson = VehicleApiIT.ACCORD.replace("Bought from the first owner", outsiderMarker);
        long own = created(outsider.post("/api/v1/vehicles", vehicleJson));
        String notes = "/api/v1/vehicles/" + own + "/note";
        String note = "{\"date\":\"2024-02-01\",\"title\":\"" + outsiderMarker + "\",\"text\":\"" + outsiderMarker + "\"}";
        created(outsider.post(notes, note));
        expect(204, outsider.delete(notes + "/" + created(outsider.post(notes, note))));
        created(outsider.post("/api/v1/vehicles/" + own + "/reminders",
                "{\"description\":\"" + outsiderMarker + "\",\"dueDate\":\"2030-01-01\"}"));
        created(outsider.post("/api/v1/supplies", "{\"date\":\"2024-02-01\",\"description\":\"" + outsiderMarker
                + "\",\"quantity\":5,\"cost\":42.50}"));
        created(outsider.post("/api/v1/account/api-keys", "{\"name\":\"" + outsiderMarker + "\",\"scope\":\"VIEWER\"}"));
        for (String list : List.of("/api/v1/vehicles", notes, "/api/v1/supplies", "/api/v1/trash", "/api/v1/account/api-keys")) {
            assertTrue(outsider.get(list).body().contains(outsiderMarker), "the marker shows where its owner looks: " + list);
        }
    }

    /**
     * The least API key scope a route admits, by the documented rule (docs/architecture.md, "API key
     * scopes"), written here from the route's rule, not read from the code's annotations: reading
     * needs VIEWER; changing a logbook (a vehicle's, or the shop supplies) EDITOR; everything else (vehicles, sharing,
     * invitations, settings, extra fields, the calendar link, keys, notification channels,
     * administration) MANAGER; keys, notification channels (their URLs may be capabilities, such as
     * an ntfy topic), a vehicle's driver links (managers only) and administration even for reading.
     */
    private static KeyScope.Level minimumScope(String route, Route rule) {
        if (rule.rule() == Rule.PASSWORD_ONLY) {
            return KeyScope.Level.NO_KEY;
        }
        if (rule.rule() == Rule.ADMIN || route.contains("/account/api-keys") || route.contains("/account/notification-channels")
                || route.contains("/driver-links")) {
            return KeyScope.Level.MANAGER;
        }
        if (route.startsWith("GET ")) {
            return KeyScope.Level.VIEWER;
        }
        boolean logbook = rule.rule() == Rule.EDIT_RECORDS || rule.rule() == Rule.TRASHED_RECORD
                || route.contains(" /api/v1/supplies");
        return logbook ? KeyScope.Level.EDITOR : KeyScope.Level.MANAGER;
    }

    /**
     * What a refused call must leave as it was: the shared vehicle, its records, reminders,
     * documents and people, the owner's settings, extra fields, keys (id and status) and trash, the
     * invited person's invitations and the server settings — each as its owner reads it.
     */
    private String state() {
        // Read with keys of their own, taken in turn: a dozen reads per refused call would take the
        // callers' keys past the API rate limit.
        if (observers.isEmpty()) {
            for (int i = 0; i < 4; i++) {
                observers.add(withPassword.get(Caller.OWNER).withNewKey("MANAGER"));
            }
        }
        Api owner = observers.get(observed++ % observers.size());
        StringBuilder all = new StringBuilder();
        for (String path : List.of(v(), collaborators(vehicle), v() + "/note?size=500", v() + "/fuel?size=500",
                v() + "/service?size=500", v() + "/reminders", v() + "/documents", "/api/v1/extra-fields",
                "/api/v1/account/preferences", "/api/v1/account/notification-preferences", "/api/v1/account/garage", "/api/v1/supplies?size=500", "/api/v1/trash")) {
            all.append(path).append('=').append(owner.get(path).body()).append('\n');
        }
        owner.get("/api/v1/account/api-keys").jsonValue().asJsonArray().getValuesAs(JsonObject.class)
                .forEach(k -> all.append("key ").append(k.getJsonNumber("id")).append(' ').append(k.getString("status"))
                        .append('\n'));
        owner.get(v() + "/driver-links").jsonValue().asJsonArray().getValuesAs(JsonObject.class)
                .forEach(l -> all.append("driver link ").append(l.getJsonNumber("id")).append(' ').append(l.getString("status"))
                        .append(' ').append(l.getJsonNumber("entries")).append('\n'));
        owner.get("/api/v1/account/notification-channels").jsonValue().asJsonArray().getValuesAs(JsonObject.class)
                .forEach(ch -> all.append("channel ").append(ch.getJsonNumber("id")).append(' ').append(ch.getString("name"))
                        .append(' ').append(ch.getBoolean("enabled")).append('\n'));
        all.append(api.get(Caller.INVITED).get("/api/v1/invitations").body()).append('\n');
        all.append(api.get(Caller.ADMIN).get("/api/v1/admin/settings").body());
        return all.toString();
    }

    @Test
    void everyApiRouteRefusesKeysBelowTheScopeItNeedsAndChangesNothing() {
        Map<String, Route> rules = apiRules();
        Map<String, Api> keys = new LinkedHashMap<>();
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, Route> entry : rules.entrySet()) {
            Route route = entry.getValue();
            if (route.rule() == Rule.PUBLIC) {
                continue; // no credentials needed: a key changes nothing there
            }
            String method = entry.getKey().substring(0, entry.getKey().indexOf(' '));
            Caller caller = route.rule() == Rule.ADMIN ? Caller.ADMIN : route.rule() == Rule.INVITEE ? Caller.INVITED
                    : Caller.OWNER;
            for (String scope : List.of("VIEWER", "EDITOR", "MANAGER")) {
                Api client = keys.computeIfAbsent(caller + "/" + scope, k -> withPassword.get(caller).withNewKey(scope));
                Call call = route.call().apply(caller);
                boolean admitted = minimumScope(entry.getKey(), route).admits(scope);
                String before = admitted || method.equals("GET") ? null : state();
                Api.Reply reply = send(client, method, call);
                int want = admitted ? expected(route, caller, false) : 403;
                if (reply.status() != want) {
                    wrong.add(entry.getKey() + " as " + caller + " with a " + scope + " key: " + reply.status()
                            + " (want " + want + ") " + abbreviated(reply.body()));
                }
                if (before != null && !before.equals(state())) {
                    wrong.add(entry.getKey() + " with a " + scope + " key: refused, but something changed");
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    /**
     * The same routes with HTTP Basic (each person's password): exactly what their MANAGER key
     * gets — a key below MANAGER only ever takes away — except that a password may make keys.
     */
    @Test
    void everyApiRouteGivesAPasswordExactlyWhatTheRuleSays() {
        assertEquals(List.of(), everyRouteAsSignedInCallers("a password",
                (route, caller) -> route.getValue().rule() == Rule.PASSWORD_ONLY ? route.getValue().success()
                        : expected(route.getValue(), caller, false)));
    }

    /**
     * The same routes with the identity provider's access tokens: people who sign in through single
     * sign-on (accounts provisioned by their first token, the administrator by the provider's admin
     * group) get exactly what a password gets, on a vehicle the token owner shares with the token
     * manager, editor and viewer as above — except keys: a token makes none (403), so the key to
     * revoke is another person's (404 for every token).
     */
    @Test
    void everyApiRouteGivesABearerTokenExactlyWhatTheRuleSays() {
        Map<Caller, Api> keys = new EnumMap<>(api);
        Map<Caller, Api> passwords = new EnumMap<>(withPassword);
        long passwordUsersVehicle = vehicle;
        Api passwordOwner = keyMaker;
        keyMaker = Api.newUser(server, "keys");
        try (OidcProvider provider = new OidcProvider().start()) {
            for (Caller caller : SIGNED_IN_CALLERS) {
                String subject = "bearer-" + caller.name().toLowerCase() + "-" + unique();
                List<String> groups = caller == Caller.ADMIN ? List.of(OidcProvider.ADMIN_GROUP) : List.of();
                Api bearer = Api.bearer(server, subject, provider.token(subject, OidcProvider.API_AUDIENCE, groups, 3600));
                expect(200, bearer.get("/api/v1/account")); // provisioned by the first token
                withPassword.put(caller, bearer);
                api.put(caller, bearer);
            }
            vehicle = sharedVehicle();
            String revokeKey = "DELETE /api/v1/account/api-keys/{id}";
            assertEquals(List.of(), everyRouteAsSignedInCallers("a bearer token", (route, caller) ->
                    route.getValue().rule() == Rule.PASSWORD_ONLY ? 403
                            : route.getKey().equals(revokeKey) ? 404 : expected(route.getValue(), caller, false)));
        } finally {
            api.putAll(keys);
            withPassword.putAll(passwords);
            vehicle = passwordUsersVehicle;
            keyMaker = passwordOwner;
        }
    }

    /** Every API route as every signed-in caller with the credentials in {@link #withPassword}; what was wrong. */
    private List<String> everyRouteAsSignedInCallers(String credentials,
                                                     BiFunction<Map.Entry<String, Route>, Caller, Integer> expectation) {
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, Route> entry : apiRules().entrySet()) {
            Route route = entry.getValue();
            String method = entry.getKey().substring(0, entry.getKey().indexOf(' '));
            for (Caller caller : SIGNED_IN_CALLERS) {
                Call call = route.call().apply(caller);
                Api.Reply reply = send(withPassword.get(caller), method, call);
                int want = expectation.apply(entry, caller);
                if (reply.status() != want) {
                    wrong.add(entry.getKey() + " as " + caller + " with " + credentials + ": " + reply.status()
                            + " (want " + want + ") " + abbreviated(reply.body()));
                }
                if (route.rule() != Rule.ADMIN && String.valueOf(reply.body()).contains(outsiderMarker)) {
                    wrong.add(entry.getKey() + " as " + caller + " with " + credentials + ": shows the outsider's things");
                }
            }
        }
        return wrong;
    }

    @Test
    void everyPageHasARuleAndEveryCallerGetsExactlyWhatTheRuleSays() throws IOException {
        Map<String, Route> rules = pageRules();
        TreeSet<String> declared = pages();
        TreeSet<String> ruled = new TreeSet<>(rules.keySet().stream().map(k -> k.replaceAll("#.*", "")).toList());
        assertEquals(ruled, declared, "pages and servlets and their rules must match one to one");

        Map<Caller, PageSession> sessions = new EnumMap<>(Caller.class);
        for (Caller caller : Caller.values()) {
            sessions.put(caller, caller == Caller.ANONYMOUS ? PageSession.anonymous(server)
                    : PageSession.signedIn(server, api.get(caller).username()));
        }
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, Route> entry : rules.entrySet()) {
            for (Caller caller : Caller.values()) {
                if (entry.getKey().equals("/logout")) {
                    continue; // ends the session the other rows use: called last, below
                }
                Call call = entry.getValue().call().apply(caller);
                HttpResponse<String> response = sessions.get(caller).get(call.path());
                if (entry.getValue().rule() != Rule.ADMIN && response.body().contains(outsiderMarker)) {
                    wrong.add(entry.getKey() + " as " + caller + ": shows the outsider's things");
                }
                int want = expected(entry.getValue(), caller, true);
                if (response.statusCode() != want) {
                    wrong.add(entry.getKey() + " as " + caller + ": " + response.statusCode() + " (want " + want + ")");
                }
                if (want == 302 && entry.getValue().rule() != Rule.PUBLIC) {
                    String location = response.headers().firstValue("Location").orElse("");
                    assertTrue(location.contains("/login.xhtml"), entry.getKey() + " redirects anonymous callers to sign in");
                }
            }
        }
        for (Caller caller : Caller.values()) {
            int status = sessions.get(caller).post("/logout").statusCode();
            if (status != 302) {
                wrong.add("/logout as " + caller + ": " + status + " (want 302)");
            }
        }
        assertEquals(List.of(), wrong);
    }

    /**
     * Page forms, forged: every command of every page of the shared vehicle as its owner sees it
     * (each tab of the vehicle, the vehicle form), every table row selected, posted by people whose
     * role forbids changing anything there — the viewer with the view state of the page as they see
     * it; the editor on the pages only a manager may change (sharing, the vehicle form); a stranger
     * with the view state of the same page of a vehicle of their own that has records too, and the
     * request parameters naming the owner's vehicle. None of it changes the owner's vehicle and none
     * of it is a server error.
     */
    @Test
    void forgedPageFormPostsChangeNothingForThoseTheirRoleForbids() {
        for (String type : RecordTypesApiIT.VALID.keySet()) {
            record(type); // a row of every kind on the owner's pages, so every row command is there
        }
        reminder();
        document();
        PageSession owner = PageSession.signedIn(server, api.get(Caller.OWNER).username());
        // The forgery itself works: the same posts made by the owner on a vehicle of theirs change it.
        long control = created(api.get(Caller.OWNER).post("/api/v1/vehicles", VehicleApiIT.ACCORD));
        for (int i = 0; i < 2; i++) {
            expect(201, api.get(Caller.OWNER).post("/api/v1/vehicles/" + control + "/note", RecordTypesApiIT.VALID.get("note")));
        }
        String notesTab = "/vehicles/view.xhtml?id=" + control + "&tab=note";
        String notesBefore = api.get(Caller.OWNER).get("/api/v1/vehicles/" + control + "/note").body();
        String ownNotes = owner.get(notesTab).body();
        for (ForgedPostbacks.Post post : ForgedPostbacks.of(ownNotes, ownNotes, Map.of("id", Long.toString(control), "tab", "note"))) {
            owner.post(post.action(), post.fields());
        }
        assertNotEquals(notesBefore, api.get(Caller.OWNER).get("/api/v1/vehicles/" + control + "/note").body(),
                "the owner's own forged-style posts change their notes (so the attackers' posts are real attempts)");

        Map<Caller, PageSession> attackers = new EnumMap<>(Caller.class);
        Map<Caller, Long> ownVehicles = new EnumMap<>(Caller.class);
        for (Caller caller : List.of(Caller.VIEWER, Caller.EDITOR, Caller.STRANGER)) {
            attackers.put(caller, PageSession.signedIn(server, api.get(caller).username()));
            long own = created(api.get(caller).post("/api/v1/vehicles", VehicleApiIT.ACCORD));
            for (String type : RecordTypesApiIT.VALID.keySet()) {
                expect(201, api.get(caller).post("/api/v1/vehicles/" + own + "/" + type, RecordTypesApiIT.VALID.get(type)));
            }
            ownVehicles.put(caller, own);
        }
        Map<String, Map<String, String>> pages = new LinkedHashMap<>();
        for (String tab : com.motovaultpro.vehicle.web.VehicleView.TABS) {
            pages.put("/vehicles/view.xhtml?id=%d&tab=" + tab, Map.of("tab", tab));
        }
        pages.put("/vehicles/edit.xhtml?id=%d", Map.of());
        pages.put("/vehicles/import.xhtml?id=%d&type=fuel", Map.of("type", "fuel"));
        pages.put("/quick.xhtml?type=fuel&vehicle=%d", Map.of("type", "fuel"));
        pages.put("/quick.xhtml?type=odometer&vehicle=%d", Map.of("type", "odometer"));

        List<String> wrong = new ArrayList<>();
        int posts = 0;
        for (Map.Entry<String, Map<String, String>> page : pages.entrySet()) {
            String victimsPage = owner.get(page.getKey().formatted(vehicle)).body();
            Map<String, String> parameters = new LinkedHashMap<>(page.getValue());
            parameters.put("id", Long.toString(vehicle));
            parameters.put("vehicle", Long.toString(vehicle));
            boolean managersOnly = page.getKey().contains("edit.xhtml") || page.getKey().endsWith("=sharing");
            for (Map.Entry<Caller, PageSession> attacker : attackers.entrySet()) {
                Caller caller = attacker.getKey();
                if (caller == Caller.EDITOR && !managersOnly) {
                    continue; // an editor may change records there
                }
                HttpResponse<String> seen = attacker.getValue().get(page.getKey().formatted(vehicle));
                String ownPage = seen.statusCode() == 200 ? seen.body()
                        : attacker.getValue().get(page.getKey().formatted(ownVehicles.get(caller))).body();
                String before = state();
                for (ForgedPostbacks.Post post : ForgedPostbacks.of(victimsPage, ownPage, parameters)) {
                    HttpResponse<String> reply = attacker.getValue().post(post.action(), post.fields());
                    posts++;
                    if (reply.statusCode() >= 500) {
                        wrong.add(page.getKey() + " " + post.command() + " as " + caller + ": " + reply.statusCode());
                    }
                }
                if (!before.equals(state())) {
                    wrong.add(page.getKey() + " as " + caller + ": forged posts changed the owner's vehicle");
                }
            }
        }
        assertTrue(posts > 100, "the owner's pages offer commands to forge (" + posts + " posts)");
        assertEquals(List.of(), wrong);
    }

    // ---- what the application declares ------------------------------------------------------

    /** "METHOD /path" of every operation in the OpenAPI document. */
    private TreeSet<String> apiRoutes() {
        Api.Reply document = api.get(Caller.ANONYMOUS).send(api.get(Caller.ANONYMOUS).request("/openapi")
                .header("Accept", "application/json").GET());
        expect(200, document);
        TreeSet<String> routes = new TreeSet<>();
        JsonObject paths = document.json().getJsonObject("paths");
        for (String path : paths.keySet()) {
            for (String method : paths.getJsonObject(path).keySet()) {
                if (List.of("get", "put", "post", "delete", "patch", "head", "options").contains(method)) {
                    routes.add(method.toUpperCase() + " " + path);
                }
            }
        }
        return routes;
    }

    /** Every .xhtml page outside WEB-INF and every servlet's URL pattern. */
    private static TreeSet<String> pages() throws IOException {
        TreeSet<String> pages = new TreeSet<>();
        Path webapp = Path.of("src/main/webapp");
        try (Stream<Path> files = Files.walk(webapp)) {
            files.filter(f -> f.toString().endsWith(".xhtml"))
                    .map(f -> "/" + webapp.relativize(f).toString().replace('\\', '/'))
                    .filter(p -> !p.startsWith("/WEB-INF/") && !p.startsWith("/resources/"))
                    .forEach(pages::add);
        }
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher servlet = SERVLET.matcher(Files.readString(source));
                while (servlet.find()) {
                    pages.add(servlet.group(1));
                }
            }
        }
        return pages;
    }

    private static Api.Reply send(Api client, String method, Call call) {
        if (call.body() == UPLOAD) {
            return client.postMultipart(call.path(), Map.of(), "receipt.pdf", DocumentApiIT.PDF);
        }
        HttpRequest.Builder request = client.request(call.path()).setHeader("Accept", call.accept());
        HttpRequest.BodyPublisher body = call.body() == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(call.body());
        if (call.body() != null) {
            request.header("Content-Type", call.contentType());
        }
        return client.send(request.method(method, body));
    }

    private static String abbreviated(String body) {
        return body == null ? "" : body.length() > 160 ? body.substring(0, 160) + "…" : body;
    }
}
