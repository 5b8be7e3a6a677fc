package com.motovaultpro.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Single sign-on in a real headless Chromium against a real OpenID Connect provider: the first
 * sign-in provisions the account, the admin group makes an administrator (and its loss takes that
 * away at the next sign-in), signing out also ends the provider's session; when the provider is
 * down the login page says so and passwords still work; SSO can be made the only way in.
 */
@ExtendWith({RunningServer.class, OpenBrowser.class})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SsoBrowserIT {

    private final LibertyServer server;
    private final OidcProvider provider = new OidcProvider();
    private final Browser browser;

    SsoBrowserIT(LibertyServer server, Browser browser) {
        this.server = server;
        this.browser = browser;
    }


    @AfterAll
    void stopProvider() {
        provider.stop();
    }

    @Test
    void firstSignInProvisionsTheGroupMakesAnAdminAndSignOutEndsBothSessions() throws Exception {
        provider.start();
        String subject = "sso-" + UUID.randomUUID().toString().substring(0, 8);

        provider.receivedRequests();
        signInWithSso(subject, "{\"preferred_username\":\"" + subject + "\",\"name\":\"Ada Provider\","
                + "\"email\":\"" + subject + "@example.org\",\"groups\":[\"staff\",\"" + OidcProvider.ADMIN_GROUP + "\"]}");
        assertEquals(subject, browser.text(By.cssSelector(".user-name")));
        String tokenRequest = provider.receivedRequests().stream().filter(p -> p.startsWith("/default/authorize?"))
                .findFirst().orElseThrow();
        assertTrue(tokenRequest.contains("code_challenge_method=S256") && tokenRequest.contains("nonce=")
                && tokenRequest.contains("state="), "PKCE, nonce and state were asked for: " + tokenRequest);
        assertTrue(browser.driver().findElements(By.id("navAdmin")).size() == 1, "the admin group makes an administrator");

        provider.receivedRequests();
        browser.signOut();
        assertTrue(browser.driver().getCurrentUrl().contains("signedOut=true"),
                "back from the provider's logout: " + browser.driver().getCurrentUrl());
        List<String> atProvider = provider.receivedRequests();
        assertTrue(atProvider.stream().anyMatch(p -> p.startsWith("/default/endsession?") && p.contains("id_token_hint=")
                && p.contains("post_logout_redirect_uri=")), "the provider's session was ended too: " + atProvider);

        // Next time the provider no longer lists the admin group: the account follows the claims.
        signInWithSso(subject, "{\"preferred_username\":\"" + subject + "\",\"name\":\"Ada Renamed\",\"groups\":[\"staff\"]}");
        assertTrue(browser.driver().findElements(By.id("navAdmin")).isEmpty(), "no longer an administrator");
        browser.signOut();

        Api admin = Api.as(server, AccountApiIT.ADMIN, Api.PASSWORD);
        List<String> actions = admin.get("/api/v1/admin/audit-events?actor=" + subject).jsonValue().asJsonArray()
                .stream().map(e -> e.asJsonObject().getString("action")).toList();
        assertEquals(List.of("SIGN_OUT", "SIGN_IN", "SETTING_CHANGED", "SIGN_OUT", "SIGN_IN", "ACCOUNT_PROVISIONED"),
                actions, "the lost admin group is audited like any change of rights");
    }

    @Test
    void aDemotionReachesAnOpenSessionOnItsNextRequest() throws Exception {
        provider.start();
        String subject = "sso-demoted-" + UUID.randomUUID().toString().substring(0, 8);
        signInWithSso(subject, "{\"preferred_username\":\"" + subject + "\",\"groups\":[\"" + OidcProvider.ADMIN_GROUP
                + "\"]}");
        String earlier = "MVPSESSION=" + browser.driver().manage().getCookieNamed("MVPSESSION").getValue();
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        Function<String, Integer> asEarlierSession = path -> {
            try {
                return http.send(HttpRequest.newBuilder(server.baseUri().resolve(path)).header("Cookie", earlier)
                        .GET().build(), HttpResponse.BodyHandlers.discarding()).statusCode();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        };
        assertEquals(200, asEarlierSession.apply("/admin/settings.xhtml"), "an administrator's session");

        // The same person signs in elsewhere; the provider no longer lists the admin group.
        browser.driver().manage().deleteAllCookies();
        signInWithSso(subject, "{\"preferred_username\":\"" + subject + "\",\"groups\":[\"staff\"]}");
        assertTrue(browser.driver().findElements(By.id("navAdmin")).isEmpty(), "no longer an administrator");

        assertEquals(403, asEarlierSession.apply("/admin/settings.xhtml"),
                "the earlier session, still open, has lost the admin pages on its next request");
        assertEquals(200, asEarlierSession.apply("/index.xhtml"), "and is still signed in");
        browser.signOut();
    }

    @Test
    void signingOutWhileTheProviderIsDownLandsOnOurOwnPage() throws Exception {
        provider.start();
        String subject = "sso-out-" + UUID.randomUUID().toString().substring(0, 8);
        signInWithSso(subject, "{\"preferred_username\":\"" + subject + "\"}");
        provider.stop();
        try {
            browser.click("logout");
            browser.waitFor(By.id("loginForm"));
            assertTrue(browser.driver().getCurrentUrl().startsWith(server.baseUri().toString().replaceAll("/$", "")),
                    "on our own page, not the provider's unreachable one: " + browser.driver().getCurrentUrl());
            assertTrue(browser.text(By.id("signedOutHereOnly")).contains("does not answer"));
            browser.open("/index.xhtml");
            browser.waitFor(By.id("loginForm"));
        } finally {
            provider.start();
        }
    }

    @Test
    void whenTheProviderIsDownTheLoginPageSaysSoAndPasswordsStillWork() throws Exception {
        provider.stop();
        // The provider is asked at most every MIN_REFRESH_INTERVAL whether it answers: let one pass.
        Thread.sleep(com.motovaultpro.sso.TokenVerifier.MIN_REFRESH_INTERVAL.toMillis() + 100);
        Api local = Api.newUser(server, "local");

        browser.open("/login.xhtml");
        browser.click("ssoLogin");
        String problem = browser.text(By.id("ssoProblem"));
        assertTrue(problem.contains("unavailable"), problem);
        assertEquals(200, Api.anonymous(server).get("/health/ready").status(), "an optional provider never fails readiness");

        browser.signIn(local.username());
        browser.signOut();

        // Back up: single sign-on works again by itself (the circuit closes after its delay).
        provider.start();
        String subject = "sso-back-" + UUID.randomUUID().toString().substring(0, 8);
        new WebDriverWait(browser.driver(), Duration.ofSeconds(40)).pollingEvery(Duration.ofSeconds(1)).until(d -> {
            browser.open("/login.xhtml");
            browser.click("ssoLogin");
            // Wait for the navigation to end: at the provider, or back on our login page saying why not.
            new WebDriverWait(d, Duration.ofSeconds(15)).until(x -> x.getCurrentUrl().startsWith(OidcProvider.ISSUER)
                    || x.getCurrentUrl().contains("sso="));
            return d.getCurrentUrl().startsWith(OidcProvider.ISSUER);
        });
        OidcProvider.signIn(browser.driver(), subject, "{\"preferred_username\":\"" + subject + "\"}");
        browser.waitFor(By.id("addVehicle"));
        browser.signOut();
    }

    @Test
    void anAdministratorCanMakeSingleSignOnTheOnlyWayIn() throws Exception {
        provider.start();
        // With passwords switched off only keys and tokens work: the administrator uses a key.
        Api admin = Api.as(server, AccountApiIT.ADMIN, Api.PASSWORD).withNewKey("MANAGER");
        Api local = Api.newUser(server, "pwuser");
        assertEquals(200, admin.put("/api/v1/admin/settings", "{\"registrationMode\":\"OPEN\",\"localSignIn\":false}")
                .status());
        try {
            Api.Reply refused = local.get("/api/v1/account");
            assertEquals(401, refused.status());
            assertTrue(refused.json().getString("detail").contains("single sign-on only"), refused.body());
            assertEquals(403, Api.anonymous(server).post("/api/v1/accounts",
                    "{\"username\":\"late-" + UUID.randomUUID().toString().substring(0, 6) + "\",\"password\":\""
                            + Api.PASSWORD + "\"}").status(), "nobody registers");

            browser.open("/login.xhtml");
            browser.waitFor(By.id("ssoLogin"));
            assertTrue(browser.driver().findElements(By.id("loginForm")).isEmpty(), "no password form");
            assertFalse(browser.driver().getPageSource().contains("registerLink"));
        } finally {
            JsonObject restored = admin.put("/api/v1/admin/settings",
                    "{\"registrationMode\":\"OPEN\",\"localSignIn\":true}").json();
            assertTrue(restored.getBoolean("localSignIn"));
        }
        assertEquals(200, local.get("/api/v1/account").status(), "passwords work again");
    }

    private void signInWithSso(String subject, String claims) {
        browser.open("/login.xhtml");
        browser.click("ssoLogin");
        browser.waitFor(By.name("username"));
        OidcProvider.signIn(browser.driver(), subject, claims);
        browser.waitFor(By.id("addVehicle"));
    }

}
