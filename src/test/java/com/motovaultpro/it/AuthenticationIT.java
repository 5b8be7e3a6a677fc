package com.motovaultpro.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Who may call the API: anonymous and wrong credentials get the same 401, never a redirect. */
@ExtendWith(RunningServer.class)
class AuthenticationIT {

    private final LibertyServer server;

    AuthenticationIT(LibertyServer server) {
        this.server = server;
    }

    @Test
    void anonymousApiCallGets401ProblemWithChallenge() {
        Api.Reply reply = Api.anonymous(server).get("/api/v1/vehicles");
        assertEquals(401, reply.status());
        assertTrue(reply.contentType().startsWith("application/problem+json"));
        assertEquals("urn:motovaultpro:problem:unauthenticated", reply.json().getString("type"));
        assertNotNull(reply.header("WWW-Authenticate"));
    }

    @Test
    void wrongPasswordAndUnknownUserLookTheSame() {
        Api user = Api.newUser(server, "auth");
        Api.Reply wrongPassword = Api.as(server, user.username(), "not-the-password").get("/api/v1/account");
        Api.Reply unknownUser = Api.as(server, "nobody-" + user.username(), "not-the-password").get("/api/v1/account");
        assertEquals(401, wrongPassword.status());
        assertEquals(401, unknownUser.status());
        assertEquals(wrongPassword.json().getString("detail"), unknownUser.json().getString("detail"));
        assertEquals("Invalid credentials", wrongPassword.json().getString("detail"));
    }

    @Test
    void anonymousPageRequestIsSentToTheLoginPage() {
        Api.Reply garage = Api.anonymous(server).send(Api.anonymous(server).request("/index.xhtml").GET());
        assertEquals(302, garage.status());
        assertTrue(garage.header("Location").endsWith("/login.xhtml"), garage.header("Location"));
        assertEquals(200, Api.anonymous(server).get("/login.xhtml").status());
    }

    @Test
    void pagesAndApiCarryTheSecurityHeaders() {
        Api user = Api.newUser(server, "headers");
        for (Api.Reply reply : java.util.List.of(Api.anonymous(server).get("/login.xhtml"), user.get("/api/v1/vehicles"))) {
            assertEquals("nosniff", reply.header("X-Content-Type-Options"));
            assertEquals("DENY", reply.header("X-Frame-Options"));
            assertEquals("strict-origin-when-cross-origin", reply.header("Referrer-Policy"));
            assertNotNull(reply.header("Permissions-Policy"));
        }
        String cookie = Api.anonymous(server).get("/login.xhtml").header("Set-Cookie");
        assertTrue(cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax"), cookie);
    }

    @Test
    void pagesCarryOneNoncePolicyAndEverythingElseOneUnderWhichNothingRuns() {
        Api.Reply page = Api.anonymous(server).get("/login.xhtml");
        java.util.List<String> pagePolicies = page.raw().headers().allValues("Content-Security-Policy");
        assertEquals(1, pagePolicies.size(), pagePolicies.toString());
        String policy = pagePolicies.get(0);
        java.util.regex.Matcher nonce = java.util.regex.Pattern.compile("script-src 'self' 'nonce-([^']+)'").matcher(policy);
        assertTrue(nonce.find(), policy);
        assertTrue(page.body().contains("nonce=\"" + nonce.group(1) + "\""), "the page's scripts carry the nonce");
        for (String directive : java.util.List.of("object-src 'none'", "frame-ancestors 'none'", "form-action 'self'",
                "base-uri 'self'", "default-src 'self'")) {
            assertTrue(policy.contains(directive), directive + " in " + policy);
        }
        assertTrue(!policy.contains("unsafe-eval") && !policy.matches(".*script-src[^;]*unsafe-inline.*"), policy);
        String second = Api.anonymous(server).get("/login.xhtml").raw().headers()
                .firstValue("Content-Security-Policy").orElseThrow();
        assertTrue(!second.equals(policy), "a fresh nonce per response");

        Api user = Api.newUser(server, "policy");
        for (Api.Reply notAPage : java.util.List.of(user.get("/api/v1/vehicles"), Api.anonymous(server).get("/api/v1/vehicles"),
                Api.anonymous(server).get("/sso/callback"), Api.anonymous(server).get("/calendar/nothing.ics"))) {
            java.util.List<String> policies = notAPage.raw().headers().allValues("Content-Security-Policy");
            assertEquals(java.util.List.of("default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'"),
                    policies, notAPage.raw().uri() + " " + notAPage.status());
        }
        // An error page is a page: one policy, its own.
        java.net.http.HttpResponse<String> missing = PageSession.signedIn(server, user.username()).get("/no-such-page.xhtml");
        assertEquals(404, missing.statusCode());
        assertEquals(1, missing.headers().allValues("Content-Security-Policy").size());
    }

    @Test
    void theSiteIconIsServedToAnyone() {
        HttpResponse<byte[]> icon = Api.anonymous(server).getBytes("/favicon.ico");
        assertEquals(200, icon.statusCode(), "browsers ask for it on every page");
        assertTrue(icon.body().length > 0 && icon.body()[0] == 0 && icon.body()[2] == 1, "an ICO image");
    }

    @Test
    void apiIgnoresABrowserSessionCookie() {
        Api user = Api.newUser(server, "session");
        String cookie = Api.anonymous(server).get("/login.xhtml").header("Set-Cookie").split(";")[0];
        Api.Reply withCookieOnly = Api.anonymous(server).send(Api.anonymous(server).request("/api/v1/account")
                .header("Cookie", cookie).GET());
        assertEquals(401, withCookieOnly.status());
        assertEquals(200, user.get("/api/v1/account").status());
    }

    /** A form posted from an expired page gets a fresh page and a note to retry, not an error page. */
    @Test
    void anExpiredFormIsAFreshPageWithANoteNotAnError() throws Exception {
        java.net.http.HttpClient browserLike = java.net.http.HttpClient.newBuilder().version(java.net.http.HttpClient.Version.HTTP_1_1)
                .cookieHandler(new java.net.CookieManager()).followRedirects(java.net.http.HttpClient.Redirect.NEVER).build();
        java.net.URI login = server.baseUri().resolve("/login.xhtml");
        var expired = browserLike.send(java.net.http.HttpRequest.newBuilder(login)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(
                        "loginForm=loginForm&loginForm%3Ausername=x&loginForm%3Apassword=y&jakarta.faces.ViewState=1%3A2"))
                .build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        assertEquals(302, expired.statusCode());
        assertTrue(expired.headers().firstValue("Location").orElseThrow().endsWith("/login.xhtml"));
        var fresh = browserLike.send(java.net.http.HttpRequest.newBuilder(login).GET().build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertEquals(200, fresh.statusCode());
        assertTrue(fresh.body().contains("had expired"), "the note says what happened");
    }

    @Test
    void impossibleUserNamesAreJustInvalidCredentials() {
        assertEquals(401, Api.as(server, "nul\u0000byte", "whatever-password").get("/api/v1/account").status());
        assertEquals(401, Api.as(server, "x".repeat(300), "whatever-password").get("/api/v1/account").status());
    }
}
