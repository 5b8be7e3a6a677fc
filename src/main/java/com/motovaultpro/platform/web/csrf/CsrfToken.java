package com.motovaultpro.platform.web.csrf;

import jakarta.servlet.http.HttpSession;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The session's anti-forgery token: random, made at the first form a session renders, sent back
 * with every state-changing form ({@value #FIELD}) and compared in constant time.
 */
public final class CsrfToken {

    /** The form field (and session attribute suffix) that carries the token. */
    public static final String FIELD = "_csrf";
    static final String ATTRIBUTE = "motovault.csrfToken";
    private static final SecureRandom RANDOM = new SecureRandom();

    private CsrfToken() {
    }

    /** The session's token, made now if it has none. */
    public static String of(HttpSession session) {
        Object existing = session.getAttribute(ATTRIBUTE);
        if (existing instanceof String token) {
            return token;
        }
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        session.setAttribute(ATTRIBUTE, token);
        return token;
    }

    /** True if the session has a token and {@code submitted} is it. */
    public static boolean matches(HttpSession session, String submitted) {
        Object expected = session.getAttribute(ATTRIBUTE);
        return expected instanceof String token && submitted != null
                && MessageDigest.isEqual(token.getBytes(StandardCharsets.US_ASCII),
                submitted.getBytes(StandardCharsets.US_ASCII));
    }
}
