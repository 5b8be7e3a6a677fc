package com.motovaultpro.sso;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class PkceTest {

    @Test
    void theS256ChallengeIsTheOneOfRfc7636AppendixB() {
        assertEquals("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM",
                Pkce.challenge("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"));
    }

    @Test
    void randomValuesAreLongEnoughUrlSafeAndDoNotRepeat() {
        String one = Pkce.randomValue();
        String two = Pkce.randomValue();
        assertTrue(one.matches("[A-Za-z0-9_-]{43}"), one);
        assertNotEquals(one, two);
    }

    @Test
    void aPendingSignInHasItsOwnStateNonceAndVerifierAndExpiresAfterTenMinutes() {
        Instant start = Instant.parse("2026-11-21T12:00:00Z");
        PendingSignIn pending = PendingSignIn.start(start);

        assertNotEquals(pending.state(), pending.nonce());
        assertNotEquals(pending.nonce(), pending.codeVerifier());
        assertTrue(!pending.expired(start.plus(Duration.ofMinutes(10)).minusMillis(1)));
        assertTrue(pending.expired(start.plus(Duration.ofMinutes(10))));
    }
}
