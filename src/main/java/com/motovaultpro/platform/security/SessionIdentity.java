package com.motovaultpro.platform.security;

import java.io.Serializable;
import java.util.Set;

/**
 * Who is signed in on an HTTP session; small and serialisable so sessions can live in Redis. The
 * groups are those of the sign-in; each request asks {@link CallerRoles} for the roles of now.
 */
public record SessionIdentity(String username, Set<String> groups) implements Serializable {

    static final String ATTRIBUTE = "motovault.identity";
}
