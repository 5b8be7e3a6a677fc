package com.motovaultpro.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import java.util.Set;

/**
 * Who called the API and with what: the account, how it proved itself, which credential (for rate
 * limits and the audit log) and, for API keys, the scope that caps what the request may do (the
 * name of a {@code VehicleRole}: VIEWER, EDITOR or MANAGER; empty for passwords and tokens).
 */
public record ApiCaller(String username, Set<String> groups, Method method, String credential, Optional<String> scope) {

    /** How an API request authenticated. */
    public enum Method {
        PASSWORD,
        API_KEY,
        BEARER_TOKEN
    }

    static final String ATTRIBUTE = ApiCaller.class.getName();

    /** One bucket per credential: a key, a token's subject, or an account's password. */
    public String rateLimitKey() {
        return "api:" + method.name().toLowerCase(java.util.Locale.ROOT) + ":" + credential;
    }

    void bindTo(HttpServletRequest request) {
        request.setAttribute(ATTRIBUTE, this);
    }

    public static Optional<ApiCaller> of(HttpServletRequest request) {
        return request.getAttribute(ATTRIBUTE) instanceof ApiCaller caller ? Optional.of(caller) : Optional.empty();
    }
}
