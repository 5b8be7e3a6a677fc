package com.motovaultpro.platform.security;

import java.util.Optional;
import java.util.Set;

/**
 * The roles a signed-in person has now, not when they signed in: a browser session asks on every
 * request, so a demoted administrator loses the admin pages on their next click. Implemented by
 * the account feature (platform knows no accounts).
 */
public interface CallerRoles {

    /** The person's groups as stored now, or empty when the account no longer exists. */
    Optional<Set<String>> of(String username);
}
