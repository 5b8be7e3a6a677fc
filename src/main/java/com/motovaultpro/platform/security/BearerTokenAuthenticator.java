package com.motovaultpro.platform.security;

import java.util.Optional;

/** Checks a bearer token on an API request; implemented by the single sign-on feature. */
public interface BearerTokenAuthenticator {

    /** Whether bearer tokens are accepted at all (a provider and an API audience are configured). */
    boolean enabled();

    /**
     * The caller the token stands for.
     *
     * @throws BearerTokenException with the reason the token was refused
     */
    ApiCaller authenticate(String token);

    /** Why a bearer token was refused; the message goes to the client in the 401 problem. */
    class BearerTokenException extends RuntimeException {

        public BearerTokenException(String message) {
            super(message, null, false, false);
        }
    }
}
