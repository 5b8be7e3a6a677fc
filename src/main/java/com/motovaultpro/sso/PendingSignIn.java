package com.motovaultpro.sso;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;

/**
 * A sign-in sent to the provider and not yet back: what the callback must see again (state), what
 * the ID token must carry (nonce) and the PKCE verifier. Kept in the browser's session only.
 */
public record PendingSignIn(String state, String nonce, String codeVerifier, Instant startedAt) implements Serializable {

    /** How long a person may take at the provider's login page. */
    static final Duration LIFETIME = Duration.ofMinutes(10);

    public static PendingSignIn start(Instant now) {
        return new PendingSignIn(Pkce.randomValue(), Pkce.randomValue(), Pkce.randomValue(), now);
    }

    public boolean expired(Instant now) {
        return !now.isBefore(startedAt.plus(LIFETIME));
    }
}
