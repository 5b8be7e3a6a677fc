package com.motovaultpro.it;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.SignedJWT;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.OAuth2Config;
import no.nav.security.mock.oauth2.http.MockWebServerWrapper;
import no.nav.security.mock.oauth2.token.KeyProvider;
import no.nav.security.mock.oauth2.token.OAuth2TokenProvider;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/**
 * A real OpenID Connect provider for the tests (mock-oauth2-server, in this JVM) at the address the
 * test server is configured with ({@link LibertyServer}: issuer {@link #ISSUER}). Its login page
 * takes any user name plus a JSON object of claims; its signing key is the same at every start.
 */
public final class OidcProvider implements AutoCloseable {

    public static final int PORT = 9190;
    public static final String ISSUER_ID = "default";
    public static final String ISSUER = "http://localhost:" + PORT + "/" + ISSUER_ID;
    /** The client id the server uses, and so the audience of its ID tokens. */
    public static final String CLIENT_ID = "motovault";
    /** The audience the server expects of bearer tokens for its API. */
    public static final String API_AUDIENCE = "motovault-api";
    public static final String ADMIN_GROUP = "motovault-admins";

    private final AtomicReference<Instant> clock = new AtomicReference<>();
    private MockOAuth2Server server;

    /** Starts it (again: a stopped provider is a new instance on the same port). */
    public synchronized OidcProvider start() {
        if (server != null) {
            return this;
        }
        OAuth2Config config = new OAuth2Config(true, null, null, false,
                new OAuth2TokenProvider(new KeyProvider(), clock::get), Set.of(), new MockWebServerWrapper());
        server = new MockOAuth2Server(config);
        server.start(PORT);
        return this;
    }

    /** The provider goes down: connections are refused. */
    public synchronized void stop() {
        if (server != null) {
            server.shutdown();
            server = null;
        }
    }

    @Override
    public void close() {
        stop();
    }

    /**
     * The paths (with query) of the requests the provider received since the last call, oldest
     * first: what the application actually asked of it.
     */
    public synchronized List<String> receivedRequests() {
        List<String> paths = new java.util.ArrayList<>();
        while (true) {
            try {
                okhttp3.mockwebserver.RecordedRequest request = server.takeRequest(200, java.util.concurrent.TimeUnit.MILLISECONDS);
                if (request == null) {
                    return paths;
                }
                paths.add(request.getPath());
            } catch (RuntimeException nothingMore) { // the mock's way of saying the queue is empty
                return paths;
            }
        }
    }

    /** A signed access token for the API. */
    public String token(String subject, String audience, List<String> groups, long expirySeconds) {
        return server.issueToken(ISSUER_ID, subject, audience, Map.of(
                "groups", groups,
                "preferred_username", subject,
                "email", subject + "@example.org",
                "name", subject), expirySeconds).serialize();
    }

    /** An ID token (Keycloak marks them {@code typ: ID}; a sign-in's nonce) that also names the API's audience. */
    public String idToken(String subject, String audience) {
        return server.issueToken(ISSUER_ID, subject, audience, Map.of(
                "typ", "ID",
                "nonce", "n-" + subject,
                "preferred_username", subject), 600).serialize();
    }

    /** A token from another issuer (the provider signs it with that issuer's key). */
    public String tokenFromOtherIssuer(String subject) {
        return server.issueToken("other-issuer", subject, API_AUDIENCE, Map.of("preferred_username", subject), 3600)
                .serialize();
    }

    /** Issued two hours ago, expired one hour ago: beyond any clock skew. */
    public String expiredToken(String subject) {
        synchronized (clock) {
            clock.set(Instant.now().minus(Duration.ofHours(2)));
            try {
                return token(subject, API_AUDIENCE, List.of(), 3600);
            } finally {
                clock.set(null);
            }
        }
    }

    /** The claims and header of a valid token, signed with a key the provider never published. */
    public String forgedToken(String subject) throws Exception {
        SignedJWT valid = SignedJWT.parse(token(subject, API_AUDIENCE, List.of(ADMIN_GROUP), 3600));
        SignedJWT forged = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256)
                .keyID(valid.getHeader().getKeyID()).type(JOSEObjectType.JWT).build(), valid.getJWTClaimsSet());
        forged.sign(new RSASSASigner(new RSAKeyGenerator(2048).generate()));
        return forged.serialize();
    }

    /** Fills in the provider's login page (where the application sent the browser). */
    public static void signIn(WebDriver driver, String subject, String claimsJson) {
        driver.findElement(By.name("username")).sendKeys(subject);
        if (claimsJson != null) {
            driver.findElement(By.name("claims")).sendKeys(claimsJson);
        }
        driver.findElement(By.cssSelector("input[type=submit]")).click();
    }
}
