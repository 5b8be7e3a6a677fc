package com.motovaultpro.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.motovaultpro.platform.web.RequestSizeFilter;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Cross-site request forgery: a state-changing request of a signed-in browser session is refused
 * without the session's token or from another site, and changes nothing; the pages' own forms
 * carry the token; the API (never session-based) is not affected. Oversized bodies never get in.
 */
@ExtendWith(RunningServer.class)
class CsrfIT {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

    private final LibertyServer server;

    CsrfIT(LibertyServer server) {
        this.server = server;
    }

    @Test
    void signingOutNeedsTheTokenSoAnotherSiteCannotSignYouOut() {
        Api user = Api.newUser(server, "csrf");
        PageSession session = PageSession.signedIn(server, user.username());
        assertEquals(200, session.get("/index.xhtml").statusCode());
        assertNotNull(session.csrfToken(), "the sign-out form carries the token");

        assertEquals(403, session.post("/logout", Map.of()).statusCode(), "no token");
        assertEquals(403, session.post("/logout", Map.of("_csrf", "forged")).statusCode(), "a wrong token");
        assertEquals(403, session.post("/logout", Map.of("_csrf", session.csrfToken()), "Origin", "https://evil.example")
                .statusCode(), "the right token from another site");
        assertEquals(200, session.get("/index.xhtml").statusCode(), "still signed in: nothing happened");

        assertEquals(302, session.post("/logout").statusCode(), "the page's own form");
        assertEquals(302, session.get("/index.xhtml").statusCode(), "signed out");
    }

    @Test
    void noSpellingOfAnUploadsMediaTypeSlipsPastTheCheck() {
        Api user = Api.newUser(server, "csrfcase");
        PageSession session = PageSession.signedIn(server, user.username());
        assertEquals(200, session.get("/index.xhtml").statusCode());
        byte[] overAMebibyte = new byte[(int) RequestSizeFilter.MAX_BODY_BYTES + 1];
        for (String type : List.of("Multipart/Form-Data; boundary=x", "MULTIPART/FORM-DATA; boundary=x",
                "multipart/form-data; boundary=x")) {
            int status = session.post("/logout", type, overAMebibyte, "Origin", "https://evil.example").statusCode();
            assertTrue(status == 403 || status == 413, type + ": " + status);
            assertEquals(200, session.get("/index.xhtml").statusCode(), type + ": still signed in");
        }
        byte[] overTheUploadLimit = new byte[(int) (RequestSizeFilter.MAX_BODY_BYTES + LibertyServer.DOCUMENT_MAX_BYTES + 1)];
        assertEquals(413, session.post("/logout", "Multipart/Form-Data; boundary=x", overTheUploadLimit).statusCode());
        assertEquals(200, session.get("/index.xhtml").statusCode(), "still signed in");
    }

    @Test
    void aPageFormPostedWithoutTheTokenChangesNothing() {
        Api user = Api.newUser(server, "csrfform");
        long vehicle = user.post("/api/v1/vehicles", VehicleApiIT.ACCORD).json().getJsonNumber("id").longValue();
        PageSession session = PageSession.signedIn(server, user.username());
        HttpResponse<String> page = session.get("/vehicles/edit.xhtml?id=" + vehicle);
        Matcher state = VIEW_STATE.matcher(page.body());
        assertTrue(state.find());

        // The edit form as a forger would post it: everything but the token.
        Map<String, String> forged = Map.of("vehicleForm", "vehicleForm", "vehicleForm:make", "Forged",
                "vehicleForm:save", "", "jakarta.faces.ViewState", state.group(1));
        assertEquals(403, session.post("/vehicles/edit.xhtml?id=" + vehicle, forged).statusCode());
        assertEquals("Honda", user.get("/api/v1/vehicles/" + vehicle).json().getString("make"), "unchanged");
    }

    @Test
    void theApiNeedsNoTokenItNeverUsesTheBrowserSession() {
        Api user = Api.newUser(server, "csrfapi");
        Api.Reply created = user.send(user.request("/api/v1/vehicles").header("Content-Type", "application/json")
                .header("Origin", "https://elsewhere.example")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(VehicleApiIT.ACCORD)));
        assertEquals(201, created.status(), "credentials on each request: nothing a foreign page could borrow");
    }

    @Test
    void anOversizedBodyIsRefusedWith413BeforeTheApplicationReadsIt() throws Exception {
        Api user = Api.newUser(server, "big");
        String huge = "{\"make\":\"" + "x".repeat(2 * 1024 * 1024) + "\"}";
        Api.Reply refused = user.post("/api/v1/vehicles", huge);
        assertEquals(413, refused.status());
        assertTrue(refused.contentType().startsWith("application/problem+json"), refused.contentType());
        assertEquals(0, user.get("/api/v1/vehicles").jsonValue().asJsonArray().size(), "nothing stored");

        PageSession session = PageSession.signedIn(server, user.username());
        assertEquals(413, session.post("/settings.xhtml", Map.of("preferencesForm", "x".repeat(2 * 1024 * 1024)))
                .statusCode(), "pages too");

        // A page post that does not say how long it is (chunked) is not parsed at all.
        java.net.http.HttpResponse<String> chunked = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(server.baseUri().resolve("/login.xhtml"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofInputStream(
                                () -> new java.io.ByteArrayInputStream("a=b".getBytes())))
                        .build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        assertEquals(411, chunked.statusCode());
    }
}
