package com.motovaultpro.platform.api;

/** Unwraps container and transaction wrappers to the exception that matters. */
public final class RootCause {

    private RootCause() {
    }

    public static Throwable of(Throwable throwable) {
        Throwable current = throwable;
        while (current.getCause() != null && current.getCause() != current) {
            if (current instanceof jakarta.validation.ConstraintViolationException) {
                return current;
            }
            current = current.getCause();
        }
        return current;
    }
}
