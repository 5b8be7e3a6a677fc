package com.motovaultpro.sso;

/** The provider did not answer, or answered with a server error: worth a retry, counts for the breaker. */
public class ProviderUnavailableException extends RuntimeException {

    public ProviderUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
