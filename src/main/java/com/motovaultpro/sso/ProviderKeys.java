package com.motovaultpro.sso;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The one {@link TokenVerifier} for the configured provider, shared by sign-ins (ID tokens) and the
 * API (bearer tokens). Its keys are fetched through {@link OidcProviderClient}, so with its timeout,
 * retry and circuit breaker.
 */
@ApplicationScoped
public class ProviderKeys {

    @Inject
    OidcProviderClient provider;

    private volatile TokenVerifier verifier;

    public TokenVerifier verifier() {
        TokenVerifier current = verifier;
        if (current == null) {
            synchronized (this) {
                if (verifier == null) {
                    verifier = new TokenVerifier(provider.settings().issuer().toString(),
                            () -> provider.signingKeys(provider.metadata().jwks()));
                }
                current = verifier;
            }
        }
        return current;
    }
}
