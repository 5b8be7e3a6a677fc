package com.motovaultpro.platform.web.csrf;

import jakarta.servlet.http.HttpSession;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The session's anti-forgery token: random, made at the first form a session renders, sent back
 * with every state-changing form ({@value #FIELD}) and compared in constant time. Pages carry it
 * masked ({@link #masked}): XORed with fresh random bytes each time it is written, so no two
 * responses contain the same token bytes and a compressed page cannot give it away to someone
 * who watches response sizes while injecting guesses (BREACH).
 */
public final class CsrfToken {

    /** The form field (and session attribute suffix) that carries the token. */
    public static final String FIELD = "_csrf";
    static final String ATTRIBUTE = "motovault.csrfToken";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

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
        String token = ENCODER.encodeToString(bytes);
        session.setAttribute(ATTRIBUTE, token);
        return token;
    }

    /** The session's token as a page writes it: a fresh random mask, then the token XORed with it. */
    public static String masked(HttpSession session) {
        byte[] token = DECODER.decode(of(session));
        byte[] masked = new byte[2 * token.length];
        byte[] mask = new byte[token.length];
        RANDOM.nextBytes(mask);
        for (int i = 0; i < token.length; i++) {
            masked[i] = mask[i];
            masked[token.length + i] = (byte) (mask[i] ^ token[i]);
        }
        return ENCODER.encodeToString(masked);
    }

    /**
     * True if the session has a token and {@code submitted} is it, masked ({@link #masked}) or as
     * it is (pages written before masking, during an upgrade).
     */
    public static boolean matches(HttpSession session, String submitted) {
        if (!(session.getAttribute(ATTRIBUTE) instanceof String stored) || submitted == null
                || submitted.length() > 2 * stored.length() + 4) {
            return false;
        }
        byte[] token = DECODER.decode(stored);
        byte[] given;
        try {
            given = DECODER.decode(submitted);
        } catch (IllegalArgumentException e) {
            return false;
        }
        if (given.length == 2 * token.length) {
            byte[] unmasked = new byte[token.length];
            for (int i = 0; i < token.length; i++) {
                unmasked[i] = (byte) (given[i] ^ given[token.length + i]);
            }
            given = unmasked;
        }
        return MessageDigest.isEqual(token, given);
    }
}
