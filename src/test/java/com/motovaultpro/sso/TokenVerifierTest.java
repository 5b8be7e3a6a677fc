package com.motovaultpro.sso;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.motovaultpro.testing.MovableClock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.jwk.RsaJwkGenerator;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.keys.HmacKey;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every check a provider's token must pass, each with a token that fails only that check. */
class TokenVerifierTest {

    private static final String ISSUER = "https://id.example.org/realm";
    private static RsaJsonWebKey providerKey;
    private static RsaJsonWebKey strangerKey;

    private final AtomicReference<String> published = new AtomicReference<>();
    private final AtomicInteger fetches = new AtomicInteger();
    private final MovableClock clock = new MovableClock(Instant.parse("2026-11-21T12:00:00Z"));
    private final TokenVerifier verifier = new TokenVerifier(ISSUER, () -> {
        fetches.incrementAndGet();
        return published.get();
    }, clock);

    @BeforeAll
    static void keys() throws Exception {
        providerKey = RsaJwkGenerator.generateJwk(2048);
        providerKey.setKeyId("k1");
        strangerKey = RsaJwkGenerator.generateJwk(2048);
        strangerKey.setKeyId("k1");
    }

    private void publish(JsonWebKey... keys) {
        published.set(new JsonWebKeySet(keys).toJson(JsonWebKey.OutputControlLevel.PUBLIC_ONLY));
    }

    private static String token(RsaJsonWebKey key, Consumer<JwtClaims> adjust) throws Exception {
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(ISSUER);
        claims.setAudience("motovault");
        claims.setSubject("subject-1");
        claims.setExpirationTimeMinutesInTheFuture(5);
        claims.setIssuedAtToNow();
        claims.setClaim("nonce", "n-1");
        claims.setClaim("preferred_username", "ada");
        adjust.accept(claims);
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setKey(key.getPrivateKey());
        jws.setKeyIdHeaderValue(key.getKeyId());
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        return jws.getCompactSerialization();
    }

    @Test
    void aGoodTokenPassesAndGivesItsClaims() throws Exception {
        publish(providerKey);
        JwtClaims claims = verifier.verify(token(providerKey, c -> { }), "motovault", "n-1");
        assertEquals("ada", claims.getClaimValue("preferred_username"));
        assertEquals(1, fetches.get(), "keys fetched once");
        verifier.verify(token(providerKey, c -> { }), "motovault", "n-1");
        assertEquals(1, fetches.get(), "and kept");
    }

    @Test
    void eachFailedCheckIsRefused() throws Exception {
        publish(providerKey);
        assertInvalid(token(strangerKey, c -> { }), "n-1", "signed by someone else");
        assertInvalid(token(providerKey, c -> c.setIssuer("https://evil.example.org")), "n-1", "issuer");
        assertInvalid(token(providerKey, c -> c.setAudience("another-client")), "n-1", "audience");
        assertInvalid(token(providerKey, c -> c.setExpirationTimeMinutesInTheFuture(-5)), "n-1", "expired");
        assertInvalid(token(providerKey, c -> c.setClaim("nonce", "n-other")), "n-1", "nonce of another sign-in");
        assertInvalid(token(providerKey, c -> c.unsetClaim("exp")), "n-1", "no expiry");
        assertInvalid(token(providerKey, c -> c.unsetClaim("sub")), "n-1", "no subject");
        assertInvalid("not-a-jwt", "n-1", "garbage");
    }

    @Test
    void unsignedAndHmacTokensAreRefusedWhateverTheyClaim() throws Exception {
        publish(providerKey);
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(ISSUER);
        claims.setAudience("motovault");
        claims.setSubject("subject-1");
        claims.setExpirationTimeMinutesInTheFuture(5);

        JsonWebSignature none = new JsonWebSignature();
        none.setPayload(claims.toJson());
        none.setAlgorithmConstraints(org.jose4j.jwa.AlgorithmConstraints.NO_CONSTRAINTS);
        none.setAlgorithmHeaderValue(AlgorithmIdentifiers.NONE);
        assertInvalid(none.getCompactSerialization(), null, "alg none");

        JsonWebSignature hmac = new JsonWebSignature();
        hmac.setPayload(claims.toJson());
        hmac.setAlgorithmHeaderValue(AlgorithmIdentifiers.HMAC_SHA256);
        hmac.setKey(new HmacKey(new byte[32]));
        assertInvalid(hmac.getCompactSerialization(), null, "HMAC");
    }

    @Test
    void aNewKeyIdFetchesTheKeysAgainAfterTheProviderRotated() throws Exception {
        publish(providerKey);
        verifier.verify(token(providerKey, c -> { }), "motovault", null);
        RsaJsonWebKey rotated = RsaJwkGenerator.generateJwk(2048);
        rotated.setKeyId("k2");
        publish(providerKey, rotated);

        clock.advance(TokenVerifier.MIN_REFRESH_INTERVAL.plusMillis(1));
        verifier.verify(token(rotated, c -> { }), "motovault", null);
        assertEquals(2, fetches.get());
    }

    @Test
    void aFloodOfUnknownKeyIdsAsksTheProviderAtMostOncePerInterval() throws Exception {
        publish(providerKey);
        verifier.verify(token(providerKey, c -> { }), "motovault", null);
        RsaJsonWebKey unknown = RsaJwkGenerator.generateJwk(2048);
        unknown.setKeyId("nobody-published-this");
        for (int i = 0; i < 50; i++) {
            assertInvalid(token(unknown, c -> { }), null, "unknown key " + i);
        }
        assertEquals(1, fetches.get(), "no fetch within the interval");

        clock.advance(TokenVerifier.MIN_REFRESH_INTERVAL.plusMillis(1));
        assertInvalid(token(unknown, c -> { }), null, "after the interval");
        assertEquals(2, fetches.get(), "one fetch after it");
    }

    @Test
    void aRefusalSaysWhyButNeverQuotesTheTokenOrTheKeys() throws Exception {
        publish(providerKey);
        String[][] cases = {
            {token(strangerKey, c -> { }), "signature"},
            {token(providerKey, c -> c.setIssuer("https://evil.example.org")), "(iss)"},
            {token(providerKey, c -> c.setAudience("another-client")), "(aud)"},
            {token(providerKey, c -> c.setExpirationTimeMinutesInTheFuture(-5)), "expired"},
            {token(providerKey, c -> c.unsetClaim("exp")), "required claim"},
            {"not-a-jwt", "well-formed"},
        };
        for (String[] c : cases) {
            SsoException refused = assertThrows(SsoException.class, () -> verifier.verify(c[0], "motovault", null));
            String message = refused.getMessage();
            assertTrue(message.contains(c[1]), message);
            for (String part : c[0].split("\\.")) {
                assertTrue(part.length() < 8 || !message.contains(part), "quotes the token: " + message);
            }
            assertTrue(!message.contains("evil.example.org") && !message.contains("kty") && !message.contains("ada"),
                    "quotes claims or keys: " + message);
            assertTrue(refused.getCause() == null, "carries no exception that would print them");
        }
    }

    @Test
    void anIdTokenIsNoAccessToken() throws Exception {
        publish(providerKey);
        for (String idToken : List.of(token(providerKey, c -> { }),
                token(providerKey, c -> { c.unsetClaim("nonce"); c.setClaim("typ", "ID"); }),
                token(providerKey, c -> { c.unsetClaim("nonce"); c.setClaim("at_hash", "x"); }))) {
            SsoException refused = assertThrows(SsoException.class, () -> verifier.verifyAccessToken(idToken, "motovault"));
            assertTrue(refused.getMessage().contains("ID token"), refused.getMessage());
        }
        JwtClaims access = verifier.verifyAccessToken(token(providerKey, c -> {
            c.unsetClaim("nonce");
            c.setClaim("typ", "Bearer");
        }), "motovault");
        assertEquals("ada", access.getClaimValue("preferred_username"));
        JwtClaims olderKeycloak = verifier.verifyAccessToken(token(providerKey, c -> c.setClaim("typ", "Bearer")),
                "motovault");
        assertEquals("ada", olderKeycloak.getClaimValue("preferred_username"), "an access token with a nonce (Keycloak <= 24)");
    }

    private void assertInvalid(String token, String nonce, String what) {
        SsoException refused = assertThrows(SsoException.class, () -> verifier.verify(token, "motovault", nonce), what);
        assertEquals(SsoException.Reason.INVALID_TOKEN, refused.reason(), what);
        assertTrue(refused.getMessage().length() > "INVALID_TOKEN: ".length(), what + " names the failed check");
    }
}
