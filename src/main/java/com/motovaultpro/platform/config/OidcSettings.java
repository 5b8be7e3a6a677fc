package com.motovaultpro.platform.config;

import java.net.URI;
import java.util.Optional;

/**
 * Single sign-on through an OpenID Connect provider. Endpoints not given explicitly come from the
 * issuer's discovery document. Without a client secret the client is public (PKCE protects the code).
 * With an API audience, the API also accepts the provider's access tokens for that audience as
 * bearer tokens.
 */
public record OidcSettings(URI issuer, Endpoints endpoints, String clientId, Optional<String> clientSecret,
                           String scopes, String usernameClaim, String groupsClaim, Optional<String> adminGroup,
                           String providerName, Optional<URI> redirectUri, Optional<String> apiAudience) {

    /** Explicitly configured endpoints; each empty one is discovered. */
    public record Endpoints(Optional<URI> authorization, Optional<URI> token, Optional<URI> jwks,
                            Optional<URI> endSession) {

        public boolean complete() {
            return authorization.isPresent() && token.isPresent() && jwks.isPresent();
        }
    }

    /** Keep the secret out of toString (logs, error pages). */
    @Override
    public String toString() {
        return "OidcSettings[issuer=" + issuer + ", clientId=" + clientId + ", secret="
                + (clientSecret.isPresent() ? "***" : "none") + ", scopes=" + scopes + "]";
    }
}
